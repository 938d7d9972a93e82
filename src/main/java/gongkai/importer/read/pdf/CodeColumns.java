package gongkai.importer.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classification codes printed in separate 类 | 款 | 项 cells ("201" "06" "01", or "201" "06" on a
 * parent row) are joined into one code cell (2010601, 20106), so the table reads like one with a
 * single code column. Decided per table: a column whose body cells are three-digit numbers (or a
 * label such as 合计), followed by one or two columns of two-digit numbers or blanks.
 */
final class CodeColumns {

    private static final Pattern FIGURE = Pattern.compile("[-－]?[\\d,]*\\d\\.\\d+");

    private CodeColumns() {}

    /**
     * Rows before the first with a figure are a header, whether read as one or not (a continued
     * table's repeated header is read as rows to be dropped by their text): they decide nothing.
     */
    static List<TableGrid.Row> merge(List<TableGrid.Row> rows) {
        List<TableGrid.Row> out = rows;
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int first = 0;
        while (first < rows.size()
                && rows.get(first).cells().stream().noneMatch(c -> FIGURE.matcher(c).matches())) {
            first++;
        }
        for (int c = width - 2; c >= 0; c--) {
            int parts = partsAt(out.subList(first, out.size()), c);
            if (parts > 1) {
                out = join(out, c, parts);
            }
        }
        return out;
    }

    /**
     * How many columns from c form one code (1 = no split code there). A label without digits (合计)
     * may stand in the 类 cell of a row, since a total row has no code.
     */
    private static int partsAt(List<TableGrid.Row> rows, int c) {
        if (!all(rows, c, "\\d{3}|\\D+", false) || count(rows, c, "\\d{3}") < 2) {
            return 1;
        }
        int parts = 1;
        while (parts < 3 && all(rows, c + parts, "\\d{2}", true)) {
            parts++;
        }
        return parts;
    }

    /** Every non-blank body cell in column c matches; at least two (one if blanks allowed) do. */
    private static boolean all(List<TableGrid.Row> rows, int c, String regex, boolean blanks) {
        int seen = 0;
        for (TableGrid.Row r : rows) {
            if (r.header() || c >= r.cells().size()) {
                continue;
            }
            String cell = r.cells().get(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (!cell.matches(regex)) {
                return false;
            }
            seen++;
        }
        return seen >= (blanks ? 1 : 2);
    }

    private static int count(List<TableGrid.Row> rows, int c, String regex) {
        int n = 0;
        for (TableGrid.Row r : rows) {
            if (!r.header() && c < r.cells().size() && r.cells().get(c).matches(regex)) {
                n++;
            }
        }
        return n;
    }

    private static List<TableGrid.Row> join(List<TableGrid.Row> rows, int c, int parts) {
        List<TableGrid.Row> out = new ArrayList<>();
        for (TableGrid.Row r : rows) {
            if (c + parts > r.cells().size()) {
                out.add(r);
                continue;
            }
            List<String> cells = new ArrayList<>(r.cells().subList(0, c));
            StringBuilder code = new StringBuilder();
            for (int k = 0; k < parts; k++) {
                code.append(r.cells().get(c + k));
            }
            cells.add(code.toString());
            cells.addAll(r.cells().subList(c + parts, r.cells().size()));
            out.add(new TableGrid.Row(r.y(), cells, r.header()));
        }
        return out;
    }
}
