package gongkai.importer.read.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The frame a page's glyphs are read in, for its ruling lines: PDFBox gives glyph positions as the
 * page is shown, so on a page saved turned (/Rotate 90 or 270, e.g. a landscape table saved as
 * portrait) the rules, found in user space, are turned the same way. Coordinates stay PDF-like (y
 * up from the bottom of the shown page, whose top is {@link #top()}).
 */
final class TurnedFrame {

    private final int rotation;
    private final PDRectangle box;

    private TurnedFrame(int rotation, PDRectangle box) {
        this.rotation = rotation;
        this.box = box;
    }

    static TurnedFrame of(PDPage page) {
        return new TurnedFrame(rotation(page), page.getCropBox());
    }

    /** The page's /Rotate as 0, 90, 180 or 270. */
    static int rotation(PDPage page) {
        return Math.floorMod(page.getRotation(), 360);
    }

    /** Whether rules can be read in the glyphs' frame: upright, or turned by a quarter. */
    boolean supported() {
        return rotation == 0 || rotation == 90 || rotation == 270;
    }

    /** Height of the page as shown. */
    double height() {
        return rotation == 90 || rotation == 270 ? box.getWidth() : box.getHeight();
    }

    /** The y of the shown page's top edge in the coordinates {@link #map} gives. */
    double top() {
        return rotation == 0 ? box.getUpperRightY() : box.getWidth();
    }

    /** A user-space point in the shown page's frame (x right, y up). */
    double[] map(double x, double y) {
        double dx = x - box.getLowerLeftX();
        double dy = y - box.getLowerLeftY();
        return switch (rotation) {
            case 90 -> new double[] {dy, box.getWidth() - dx};
            case 270 -> new double[] {box.getHeight() - dy, dx};
            default -> new double[] {x, y};
        };
    }
}
