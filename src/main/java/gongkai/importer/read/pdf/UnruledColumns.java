package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Column borders of a table printed without rules, where only positions tell the columns apart.
 * Figures are right-aligned, so a column's body is a cluster of overlapping x extents; its header
 * cell stands above it, centred or left-aligned, and may not overlap a short figure at all. A
 * header cell with no body under it belongs to the first body column to its right that no other
 * header cell claims (a header left-aligned over figures right-aligned); else its column is empty.
 * The borders lie in the gaps between the columns so found, plus one at each side of the table.
 */
final class UnruledColumns {

    private static final Pattern DECIMAL = Pattern.compile("[-－]?[\\d,]*\\d\\.\\d+");

    /** What a figure column holds: amounts, counts and the dashes of cells that take none. */
    private static final Pattern FIGURE = Pattern.compile("[-－]?[\\d,.%]+|[-－—─]+");

    private static final Pattern DASH = Pattern.compile("[-－—─]+");

    /** Column numbers (栏次) are aligned like figures: they count as body. */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\d{1,2}");

    /** A count or target in a table without amounts (指标值, 分值). */
    private static final Pattern COUNT = Pattern.compile("[-－]?\\d+%?");

    /** Words closer than this many font sizes on one line are one cell. */
    private static final double PIECE_GAP = 0.9;

    private UnruledColumns() {}

    /**
     * The x positions of column borders for a table given as its rows' words, top to bottom; none
     * when it has no body (a table of header only is read by its header cells alone).
     */
    static List<Double> borders(List<List<Word>> rows, double x0, double x1) {
        int firstData = 0;
        while (firstData < rows.size()
                && rows.get(firstData).stream()
                        .noneMatch(w -> DECIMAL.matcher(w.text()).matches())) {
            firstData++;
        }
        if (firstData == rows.size()) {
            // no amount: a self-evaluation's indicators (指标值 180, 分值 4) continued on a page of
            // their own start at the first row with a count that is no 栏次
            firstData = firstCountRow(rows);
        }
        if (firstData == rows.size()) {
            return List.of();
        }
        List<Word> header = new ArrayList<>();
        List<Word> body = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Word w : rows.get(i)) {
                boolean number = COLUMN_NUMBER.matcher(w.text()).matches();
                (i < firstData && !number ? header : body).add(w);
            }
        }
        List<double[]> columns = new ArrayList<>();
        for (double[] p : pieces(body)) {
            if (p[1] - p[0] < (x1 - x0) * 0.45) {
                absorb(columns, p);
            }
        }
        joinTextAboveFigures(columns, rows.subList(firstData, rows.size()));
        List<double[]> cells = lowest(header);
        List<double[]> extents = new ArrayList<>();
        columns.forEach(c -> extents.add(c.clone()));
        for (double[] cell : cells) {
            int k = owner(cell, columns, cells);
            if (k < 0) {
                absorb(extents, cell);
            } else {
                absorb(extents, new double[] {cell[0], columns.get(k)[1]});
            }
        }
        extents.sort(Comparator.comparingDouble(e -> e[0]));
        List<Double> out = new ArrayList<>();
        out.add(x0);
        for (int i = 1; i < extents.size(); i++) {
            out.add((extents.get(i - 1)[1] + extents.get(i)[0]) / 2);
        }
        out.add(x1);
        return out;
    }

    /** The first row with a figure, not counting rows of column numbers only (栏次). */
    private static int firstCountRow(List<List<Word>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            List<Word> row = rows.get(i);
            boolean count = row.stream().anyMatch(w -> COUNT.matcher(w.text()).matches());
            boolean columnNumbers =
                    row.stream().allMatch(w -> COLUMN_NUMBER.matcher(w.text()).matches());
            if (count && !columnNumbers) {
                return i;
            }
        }
        return rows.size();
    }

    /**
     * Joins a column of text only with the column of figures only just right of it when no row has
     * words in both: a wide cell holds a figure right-aligned in some rows and a sub-header's text
     * left-aligned in another (三级指标 over 全年预算数 figures), as no name and its figure do. A dash for a
     * cell that takes no figure (分值 ——) is printed left-aligned like such text.
     */
    private static void joinTextAboveFigures(List<double[]> columns, List<List<Word>> body) {
        columns.sort(Comparator.comparingDouble(c -> c[0]));
        for (int i = columns.size() - 1; i > 0; i--) {
            double[] left = columns.get(i - 1);
            double[] right = columns.get(i);
            boolean text = false;
            boolean figures = false;
            boolean apart = true;
            for (List<Word> row : body) {
                boolean inLeft = false;
                boolean inRight = false;
                for (Word w : row) {
                    boolean figure = FIGURE.matcher(w.text()).matches();
                    if (w.overlap(left[0], left[1]) > 0.5) {
                        // a dash (——, nothing due) printed left-aligned like text, not a figure
                        boolean placeholder = DASH.matcher(w.text()).matches();
                        inLeft = true;
                        text |= !figure || placeholder;
                        apart &= !figure || placeholder;
                    }
                    if (w.overlap(right[0], right[1]) > 0.5) {
                        inRight = true;
                        figures |= figure;
                        apart &= figure;
                    }
                }
                apart &= !(inLeft && inRight);
            }
            if (text && figures && apart) {
                columns.set(i - 1, new double[] {left[0], right[1]});
                columns.remove(i);
            }
        }
    }

    /**
     * The body column a header cell names: the one it overlaps most, else the first to its right
     * with no other header cell over it or between.
     */
    private static int owner(double[] cell, List<double[]> columns, List<double[]> cells) {
        int best = -1;
        double most = 0.5;
        for (int k = 0; k < columns.size(); k++) {
            double o = overlap(cell, columns.get(k));
            if (o > most) {
                most = o;
                best = k;
            }
        }
        if (best >= 0) {
            return best;
        }
        int right = -1;
        for (int k = 0; k < columns.size(); k++) {
            double[] c = columns.get(k);
            if (c[0] >= cell[1] - 0.5 && (right < 0 || c[0] < columns.get(right)[0])) {
                right = k;
            }
        }
        if (right < 0) {
            return -1;
        }
        double[] reach = {cell[1], columns.get(right)[1]};
        for (double[] other : cells) {
            if (other != cell && overlap(other, reach) > 0.5) {
                return -1;
            }
        }
        return right;
    }

    /** The header's cells that name columns: those with no other header text under them. */
    private static List<double[]> lowest(List<Word> header) {
        List<double[]> out = new ArrayList<>();
        for (List<Word> line : Lines.of(header)) {
            for (double[] p : pieces(line)) {
                boolean group =
                        header.stream()
                                .anyMatch(u -> u.y() > p[2] + 2 && u.overlap(p[0], p[1]) > 0.5);
                if (!group) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Runs of words on one line less than a character apart, as {x0, x1, baseline}. */
    private static List<double[]> pieces(List<Word> words) {
        List<double[]> out = new ArrayList<>();
        for (List<Word> line : Lines.of(words)) {
            double[] cur = null;
            Word last = null;
            for (Word w : line) {
                if (cur != null
                        && w.x0() - last.x1() < Math.max(last.size(), w.size()) * PIECE_GAP) {
                    cur[1] = Math.max(cur[1], w.x1());
                } else {
                    cur = new double[] {w.x0(), w.x1(), w.y()};
                    out.add(cur);
                }
                last = w;
            }
        }
        return out;
    }

    private static double overlap(double[] a, double[] b) {
        return Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
    }

    /** Adds an extent, merging every one it overlaps. */
    private static void absorb(List<double[]> spans, double[] add) {
        double a = add[0];
        double b = add[1];
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
