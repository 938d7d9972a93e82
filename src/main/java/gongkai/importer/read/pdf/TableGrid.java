package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the words of one ruled region into rows of cells. Rows are the bands between row borders,
 * so a figure printed a few points above or below its label, or between the two lines of a wrapped
 * label, lands in the label's row. Columns come from the x extents of the body's words (numbers are
 * aligned, names stay in their column), plus the header cells of columns that stay empty; a header
 * cell split over lines is re-joined unless a rule separates the pieces.
 */
final class TableGrid {

    private static final Pattern DECIMAL = Pattern.compile("[-－]?[\\d,]*\\d\\.\\d+");
    private static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    private static final Pattern TOTAL = Pattern.compile(".*(合计|总计).*");
    private static final Pattern LEVEL_LABEL = Pattern.compile("[类款项]");

    /** A row of the output: its top and its cells, left to right. */
    record Row(double y, List<String> cells, boolean header) {}

    /**
     * Columns as [x0, x1] intervals, left to right; {@code fromBody} false when only header cells
     * made them (a table whose body starts on the next page).
     */
    record Columns(List<double[]> spans, boolean fromBody) {}

    private TableGrid() {}

    /**
     * The rows of a region. {@code carried} are the columns of the table on the previous page, used
     * when this region starts without a header (the table continues).
     */
    static List<Row> rows(
            TableRegion region, List<Word> all, Columns[] carried, boolean continued) {
        // 类 | 款 | 项 label the split code cells; once the code is joined they say nothing
        List<Word> words = withoutLevelLabels(all);
        int bands = region.levels().size() - 1;
        List<List<Word>> byBand = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            byBand.add(new ArrayList<>());
        }
        for (Word w : words) {
            byBand.get(region.band(w)).add(w);
        }
        int ownHeader = 0;
        while (ownHeader < bands && !isData(byBand.get(ownHeader))) {
            ownHeader++; // a table with no body at all (本表无数据) is all header
        }
        // a continued table's repeated header is read as rows, to be dropped by its text
        int firstData = continued ? 0 : ownHeader;
        List<Word> header = new ArrayList<>();
        List<Word> body = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            (i < firstData ? header : body).addAll(byBand.get(i));
        }
        // columns made from a header alone miss the body's empty header cells: the body decides
        Columns columns =
                continued && carried[0] != null
                        ? continuedColumns(byBand, ownHeader, region, carried[0])
                        : GridColumns.of(body, header, region);
        if (continued && columns == carried[0] && !body.isEmpty() && !covers(carried[0], body)) {
            // no borders through this body, and the page before ended after the header (or a
            // first row or two), so its columns miss some of this page's: they meet the figures
            List<Word> named = new ArrayList<>();
            carried[0].spans().forEach(c -> named.add(new Word("", c[0], c[1], 0, 1)));
            columns = GridColumns.of(body, named, region);
        }
        carried[0] = columns;
        int n = columns.spans().size();
        Map<Word, Integer> merged = new IdentityHashMap<>();
        if (continued) {
            // the header printed again reads as it did the first time, to be known by its text
            List<Word> repeated = new ArrayList<>();
            List<Word> rest = new ArrayList<>();
            for (int i = 0; i < bands; i++) {
                (i < ownHeader ? repeated : rest).addAll(byBand.get(i));
            }
            int[] at = MergedCells.columns(repeated, rest, columns, region);
            for (int i = 0; i < at.length; i++) {
                merged.put(repeated.get(i), at[i]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            List<Word> ws = byBand.get(b);
            if (ws.isEmpty() || b < firstData) {
                continue;
            }
            rows.add(new Row(region.levels().get(b), cells(ws, columns, n, merged), false));
        }
        rows.addAll(0, headerRows(region, header, body, columns, n));
        return CodeColumns.merge(rows);
    }

    /**
     * The columns of a table continued from the previous page. Where column borders are drawn
     * through this page's body, its own cells are the surer columns (the previous page may have
     * held only the header, whose cells do not reach across a right-aligned figure, nor show the 类
     * | 款 | 项 split of a code cell); the previous page's columns fill in those left empty here.
     */
    private static Columns continuedColumns(
            List<List<Word>> byBand, int ownHeader, TableRegion region, Columns carried) {
        List<Word> header = new ArrayList<>();
        List<Word> body = new ArrayList<>();
        for (int i = 0; i < byBand.size(); i++) {
            (i < ownHeader ? header : body).addAll(byBand.get(i));
        }
        if (!region.bordersThrough(body)) {
            return carried;
        }
        List<double[]> spans = new ArrayList<>(GridColumns.of(body, header, region).spans());
        List<double[]> own = List.copyOf(spans);
        for (double[] c : carried.spans()) {
            if (own.stream().noneMatch(s -> region.sameCell(s, c, body))) {
                spans.add(c);
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        return new Columns(spans, true);
    }

    /** Whether columns from the body before meet every word of this body (none is left out). */
    private static boolean covers(Columns columns, List<Word> body) {
        if (!columns.fromBody()) {
            return false;
        }
        return body.stream()
                .allMatch(w -> columns.spans().stream().anyMatch(s -> w.overlap(s[0], s[1]) > 0));
    }

    /** Drops the 类 款 项 sub-headers: two or more such one-character words on one line. */
    private static List<Word> withoutLevelLabels(List<Word> all) {
        List<Word> words = new ArrayList<>();
        for (List<Word> line : Lines.of(all)) {
            long labels =
                    line.stream().filter(w -> LEVEL_LABEL.matcher(w.text()).matches()).count();
            for (Word w : line) {
                if (labels < 2 || !LEVEL_LABEL.matcher(w.text()).matches()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static boolean isData(List<Word> band) {
        boolean total = false;
        boolean number = false;
        for (Word w : band) {
            if (DECIMAL.matcher(w.text()).matches()) {
                return true;
            }
            if (CODE.matcher(w.text()).matches() && band.size() > 1) {
                return true;
            }
            total |= TOTAL.matcher(w.text()).matches();
            number |= w.isAmount();
        }
        return total && number;
    }

    static int column(Word w, Columns columns) {
        int best = -1;
        double bestOverlap = 0;
        double nearest = Double.MAX_VALUE;
        int near = 0;
        List<double[]> spans = columns.spans();
        for (int i = 0; i < spans.size(); i++) {
            double[] s = spans.get(i);
            double o = w.overlap(s[0], s[1]);
            if (o > bestOverlap) {
                bestOverlap = o;
                best = i;
            }
            double d = Math.abs((w.x0() + w.x1()) / 2 - (s[0] + s[1]) / 2);
            if (d < nearest) {
                nearest = d;
                near = i;
            }
        }
        return best >= 0 ? best : near;
    }

    private static List<String> cells(
            List<Word> ws, Columns columns, int n, Map<Word, Integer> merged) {
        List<List<Word>> per = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            per.add(new ArrayList<>());
        }
        for (Word w : ws) {
            Integer at = merged.get(w);
            per.get(at != null ? at : column(w, columns)).add(w);
        }
        List<String> cells = new ArrayList<>();
        for (List<Word> c : per) {
            cells.add(Lines.join(c));
        }
        return cells;
    }

    /**
     * Header cells per column, re-joined top to bottom where no rule separates the pieces, each put
     * in the band of its first piece.
     */
    private static List<Row> headerRows(
            TableRegion region, List<Word> header, List<Word> body, Columns columns, int n) {
        TreeMap<Integer, String[]> rows = new TreeMap<>();
        List<List<Word>> per = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            per.add(new ArrayList<>());
        }
        int[] at = MergedCells.columns(header, body, columns, region);
        for (int i = 0; i < header.size(); i++) {
            per.get(at[i]).add(header.get(i));
        }
        for (int col = 0; col < n; col++) {
            List<Word> ws = per.get(col);
            ws.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
            double x = (columns.spans().get(col)[0] + columns.spans().get(col)[1]) / 2;
            List<Word> cell = new ArrayList<>();
            for (Word w : ws) {
                if (!cell.isEmpty()
                        && region.ruleBetween(
                                x, cell.get(cell.size() - 1).middleY(), w.middleY())) {
                    put(rows, region, cell, col, n);
                    cell = new ArrayList<>();
                }
                cell.add(w);
            }
            if (!cell.isEmpty()) {
                put(rows, region, cell, col, n);
            }
        }
        List<Row> out = new ArrayList<>();
        rows.forEach(
                (band, cells) -> {
                    List<String> list = new ArrayList<>();
                    for (String c : cells) {
                        list.add(c == null ? "" : c);
                    }
                    out.add(new Row(region.levels().get(band), list, true));
                });
        return out;
    }

    private static void put(
            TreeMap<Integer, String[]> rows, TableRegion region, List<Word> cell, int col, int n) {
        int band = region.band(cell.get(0));
        String[] r = rows.computeIfAbsent(band, k -> new String[n]);
        String text = Lines.join(cell);
        r[col] = r[col] == null ? text : r[col] + text;
    }
}
