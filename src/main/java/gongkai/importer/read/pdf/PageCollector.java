package gongkai.importer.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

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

    @Override
    protected void startPage(PDPage page) {
        glyphs.clear();
        checkTime();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || glyphs.size() > 200_000) {
            return;
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
