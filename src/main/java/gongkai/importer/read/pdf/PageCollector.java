package gongkai.importer.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs PDFBox's text engine over the pages and keeps every glyph's position instead of its text
 * flow; at the end of each page the glyphs and the page's rules go to {@link PageLayout}. Rotated
 * glyphs (diagonal watermarks such as 仅供内部审核) are dropped. Stops when the deadline passes.
 */
final class PageCollector extends PDFTextStripper {

    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    private final long deadline;
    private final PageLayout layout = new PageLayout();
    private final List<List<PageLayout.PageLine>> pages = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private int glyphCount;

    /** Per 1-based page: glyphs without a Unicode mapping, and the top-down y of the first. */
    private final Map<Integer, double[]> unmapped = new TreeMap<>();

    private double pageHeight;

    PageCollector(long deadlineNanos) {
        this.deadline = deadlineNanos;
        setSortByPosition(false);
    }

    /** Each page's lines, top to bottom. */
    List<List<PageLayout.PageLine>> pages() {
        return pages;
    }

    int glyphCount() {
        return glyphCount;
    }

    /** Page → {count, y of the first} of the glyphs that have no Unicode (see showGlyph). */
    Map<Integer, double[]> unmapped() {
        return unmapped;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs.clear();
        pageHeight = page.getMediaBox().getHeight();
        checkTime();
    }

    /**
     * PDFBox silently drops a composite font's glyph that has no Unicode mapping: counted here,
     * because such text prints but will not display in a text layer or copy.
     */
    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
            throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode == null) {
            noteUnmapped(pageHeight - matrix.getTranslateY());
        }
        super.showGlyph(matrix, font, code, displacement);
    }

    private void noteUnmapped(double y) {
        double[] seen = unmapped.computeIfAbsent(getCurrentPageNo(), p -> new double[] {0, y});
        seen[0]++;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || glyphs.size() > 200_000) {
            return;
        }
        if (text.codePoints().anyMatch(c -> c == 0xFFFD || c >= 0xE000 && c <= 0xF8FF)) {
            noteUnmapped(t.getYDirAdj()); // mapped to a private-use or replacement character
        }
        var m = t.getTextMatrix();
        double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        double off = Math.abs(angle - 90 * Math.round(angle / 90));
        if (off > 3) {
            return; // printed at a slant: a watermark or stamp, not content
        }
        double size = t.getFontSizeInPt();
        if (!(size > 2 && size < 100)) {
            size = Math.max(t.getHeightDir(), t.getWidthDirAdj());
        }
        double x0 = t.getXDirAdj();
        glyphs.add(new Glyph(text, x0, x0 + t.getWidthDirAdj(), t.getYDirAdj(), size));
        glyphCount++;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        checkTime();
        TurnedFrame frame = TurnedFrame.of(page);
        RuleFinder.Result ruling =
                frame.supported()
                        ? RuleFinder.find(page)
                        : new RuleFinder.Result(List.of(), List.of(), 0);
        double height = frame.height();
        pages.add(layout.lay(Words.of(glyphs), ruling.rules(), ruling.posts(), height));
        glyphs.clear();
    }

    private void checkTime() {
        if (System.nanoTime() > deadline) {
            throw new TimeUp();
        }
    }
}
