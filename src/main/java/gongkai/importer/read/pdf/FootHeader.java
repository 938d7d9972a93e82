package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first header row of a table left alone at the foot of a page, the rest of the table on the
 * next. Printed without rules, a single line cannot be told from prose on its page, so it is held:
 * its words move to the top of the next page, above the content there, and when they then read as
 * the first row of that page's table the line is taken off the page it stood on.
 *
 * <p>A header line is a line of two cells or more (gaps wider than a character, which Chinese prose
 * never leaves) with no figure in it, below everything else on its page but the margins. Titles and
 * unit notes (…表, 单位：万元) are no header cells.
 */
record FootHeader(List<PageLayout.PageLine> page, PageLayout.PageLine line, List<Word> words) {

    private static final double MARGIN = 0.09;
    private static final double CELL_GAP = 0.9;
    private static final Pattern NOT_A_CELL =
            Pattern.compile(".*(表|单位[:：].*|[（(]?续表?\\d*[）)]?|[。；;，,]|\\d+\\.\\d+)");

    /** The header line at the foot of a laid-out page, or null. */
    static FootHeader of(List<PageLayout.PageLine> page, List<List<Word>> prose, double height) {
        PageLayout.PageLine last = null;
        for (PageLayout.PageLine l : page) {
            if (!l.text().isBlank() && l.y() > height * MARGIN && l.y() < height * (1 - MARGIN)) {
                last = l;
            }
        }
        if (last == null || last.tableRow()) {
            return null;
        }
        for (List<Word> line : prose) {
            if (line.get(0).y() == last.y()) {
                return cells(line) >= 2 ? new FootHeader(page, last, line) : null;
            }
        }
        return null;
    }

    /** The number of cells of a line, or 0 when some piece is no header cell. */
    private static int cells(List<Word> line) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        Word previous = null;
        for (Word w : line) {
            if (previous != null
                    && w.x0() - previous.x1() > CELL_GAP * Math.max(w.size(), previous.size())) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(w.text());
            previous = w;
        }
        pieces.add(piece.toString());
        return pieces.stream().anyMatch(p -> NOT_A_CELL.matcher(p).matches()) ? 0 : pieces.size();
    }

    /**
     * The words moved to a page whose content starts at {@code top} (margins aside), a line and a
     * half above it.
     */
    List<Word> movedAbove(List<Word> next, double height) {
        double top = Double.MAX_VALUE;
        for (Word w : next) {
            if (w.y() > height * MARGIN) {
                top = Math.min(top, w.y() - w.size());
            }
        }
        double baseline = words.stream().mapToDouble(Word::y).max().orElse(0);
        double size = words.stream().mapToDouble(Word::size).max().orElse(0);
        double dy = top - 1.5 * size - baseline;
        List<Word> moved = new ArrayList<>();
        for (Word w : words) {
            moved.add(new Word(w.text(), w.x0(), w.x1(), w.y() + dy, w.size()));
        }
        return moved;
    }
}
