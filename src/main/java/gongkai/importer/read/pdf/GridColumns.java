package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a ruled region as x intervals: the extents of the body's text pieces (figures are
 * aligned, names stay in their column), plus the lowest header cells of columns the body leaves
 * empty, split where a column border is drawn through merged extents.
 */
final class GridColumns {

    private GridColumns() {}

    static TableGrid.Columns of(List<Word> body, List<Word> header, TableRegion region) {
        List<double[]> spans = new ArrayList<>();
        for (double[] piece : pieces(body)) {
            if (piece[1] - piece[0] < (region.x1() - region.x0()) * 0.45) {
                absorb(spans, piece[0], piece[1]);
            }
        }
        // only the lowest header cells name columns; a group label above them (收入, 支出) does not
        List<Word> byWidth = new ArrayList<>(header);
        byWidth.removeIf(w -> header.stream().anyMatch(u -> isBelow(u, w)));
        byWidth.sort(Comparator.comparingDouble(Word::width));
        for (Word w : byWidth) {
            if (spans.stream().noneMatch(s -> w.overlap(s[0], s[1]) > 0.5)) {
                absorb(spans, w.x0(), w.x1());
            }
        }
        // a column border drawn through merged extents separates narrow cells
        region.splitAtPosts(spans, body);
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        return new TableGrid.Columns(spans, !body.isEmpty());
    }

    /**
     * The x extents of a body's text pieces: words on one line less than a character apart are one
     * piece, so a name printed with its characters spread over the cell stays one column.
     */
    private static List<double[]> pieces(List<Word> body) {
        List<double[]> out = new ArrayList<>();
        for (List<Word> line : Lines.of(body)) {
            double[] cur = null;
            Word last = null;
            for (Word w : line) {
                if (cur != null && w.x0() - last.x1() < Math.max(last.size(), w.size()) * 0.9) {
                    cur[1] = Math.max(cur[1], w.x1());
                } else {
                    cur = new double[] {w.x0(), w.x1()};
                    out.add(cur);
                }
                last = w;
            }
        }
        return out;
    }

    private static boolean isBelow(Word lower, Word upper) {
        return lower.y() > upper.y() + 2 && lower.overlap(upper.x0(), upper.x1()) > 0.5;
    }

    /** Adds [x0, x1], merging every span it overlaps. */
    private static void absorb(List<double[]> spans, double x0, double x1) {
        double a = x0;
        double b = x1;
        for (int i = spans.size() - 1; i >= 0; i--) {
            double[] s = spans.get(i);
            if (Math.min(b, s[1]) - Math.max(a, s[0]) > -0.5) {
                a = Math.min(a, s[0]);
                b = Math.max(b, s[1]);
                spans.remove(i);
            }
        }
        spans.add(new double[] {a, b});
    }
}
