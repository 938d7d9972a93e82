package gongkai.importer.performance;

import gongkai.importer.performance.PerformanceRowReader.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins cells that a table printed without rules wraps over several lines. Text extraction gives
 * such a table one row per printed line, so a cell of two lines, centred in its row, comes back as
 * a piece on the line above the row's own line and a piece on the line below ("大于等" / "举办全区普法宣传培训班
 * | 正向 | 3 | 4 …" / "于"). A row's own line (a "main" line: it has a label, a figure or an
 * indicator's nature) takes, column by column, the pieces printed the same number of lines above
 * and below it, nearest first, as long as both are there and no other row took them. Lines that
 * pair with no row (a long goal text with no line of its own) stay as they are.
 */
final class PerformanceWrappedRows {

    private PerformanceWrappedRows() {}

    /** The rows with wrapped cells joined into the row they belong to, in table order. */
    static List<Row> join(List<Row> rows) {
        return join(rows, false);
    }

    /**
     * @param target a table of targets: its indicator rows hold words (≥50场, 明显提升), no score, so a
     *     line of two or more filled cells is a row of its own, not pieces of wrapped cells
     */
    static List<Row> join(List<Row> rows, boolean target) {
        int n = rows.size();
        boolean[] main = new boolean[n];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> own = rows.get(i).cells();
            main[i] = ownLine(own) || target && own.stream().filter(c -> !c.isBlank()).count() >= 2;
            cells.add(new ArrayList<>(rows.get(i).cells()));
        }
        // claimed[i][c]: the piece in line i, column c, joined a row
        boolean[][] claimed = new boolean[n][];
        for (int i = 0; i < n; i++) {
            claimed[i] = new boolean[cells.get(i).size()];
        }
        int[] firstLine = new int[n];
        int[] lastLine = new int[n];
        for (int i = 0; i < n; i++) {
            firstLine[i] = rows.get(i).first();
            lastLine[i] = rows.get(i).last();
        }
        for (int i = 0; i < n; i++) {
            if (!main[i] || rows.get(i).cells().size() < 2) {
                continue;
            }
            List<String> row = cells.get(i);
            for (int c = 0; c < row.size(); c++) {
                StringBuilder above = new StringBuilder();
                StringBuilder below = new StringBuilder();
                for (int up = i - 1, down = i + 1; up >= 0 && down < n; up--, down++) {
                    // lines with nothing in this column hold pieces of shorter cells: passed over
                    up = nextWith(up, -1, c, main, cells);
                    down = nextWith(down, 1, c, main, cells);
                    if (up < 0 || down >= n) {
                        break;
                    }
                    int cu = column(up, down, c, main, cells, claimed);
                    int cd = column(down, up, c, main, cells, claimed);
                    if (cu < 0 || cd < 0) {
                        break;
                    }
                    claimed[up][cu] = true;
                    claimed[down][cd] = true;
                    above.insert(0, cells.get(up).get(cu));
                    below.append(cells.get(down).get(cd));
                    firstLine[i] = Math.min(firstLine[i], rows.get(up).first());
                    lastLine[i] = Math.max(lastLine[i], rows.get(down).last());
                }
                if (above.length() > 0) {
                    row.set(c, joined(joined(above.toString(), row.get(c)), below.toString()));
                } else {
                    directionPiece(i, c, main, cells, claimed);
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> rest = new ArrayList<>(cells.get(i));
            boolean left = main[i];
            for (int c = 0; c < rest.size(); c++) {
                if (claimed[i][c]) {
                    rest.set(c, "");
                } else if (!rest.get(c).isEmpty()) {
                    left = true;
                }
            }
            if (left) {
                out.add(new Row(rest, firstLine[i], lastLine[i]));
            }
        }
        return out;
    }

    /**
     * A direction whose other half stands alone above or below its row ("大于等" on the row's line,
     * "于" below, where the extraction put one half on the row's own line): joined when the halves
     * make a direction of the closed list.
     */
    private static void directionPiece(
            int i, int c, boolean[] main, List<List<String>> cells, boolean[][] claimed) {
        List<String> row = cells.get(i);
        String cell = row.get(c);
        if (cell.isEmpty() || PerformanceIndicatorLayout.DIRECTIONS.contains(cell)) {
            return;
        }
        for (int j : new int[] {i + 1, i - 1}) {
            if (j < 0 || j >= cells.size() || !piece(j, c, main, cells, claimed)) {
                continue;
            }
            String piece = cells.get(j).get(c);
            String whole = j > i ? cell + piece : piece + cell;
            if (PerformanceIndicatorLayout.DIRECTIONS.contains(whole)) {
                claimed[j][c] = true;
                row.set(c, whole);
                return;
            }
        }
    }

    /**
     * Whether a line is a row's own: it holds a figure, an indicator's nature or direction, or a
     * label that starts a row or a header (项目名称, 年度资金总额, 年初预算数, 三级指标, 总分 …). Pieces of a wrapped
     * cell hold none of these.
     */
    static boolean ownLine(List<String> cells) {
        for (String cell : cells) {
            String l = PerformanceTable.label(cell);
            if (l.isEmpty()) {
                continue;
            }
            if (PerformanceNumbers.parse(cell).value() != null
                    || PerformanceIndicatorLayout.NATURES.contains(l)
                    || PerformanceIndicatorLayout.DIRECTIONS.contains(l)
                    || PerformanceMoney.startsRow(l)
                    || PerformanceProjectFields.isFieldLabel(cell)
                    || l.startsWith("三级指标")
                    || PerformanceTable.isRowLabel(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column of line i's piece of column c, or -1. A line printed outside the grid (one cell,
     * no TAB: a piece left below a table at a page's foot) pairs in the column of its partner's
     * only piece.
     */
    private static int column(
            int i,
            int partner,
            int c,
            boolean[] main,
            List<List<String>> cells,
            boolean[][] claimed) {
        if (piece(i, c, main, cells, claimed) && cells.get(i).size() > 1) {
            return c;
        }
        boolean stray = !main[i] && cells.get(i).size() == 1 && !claimed[i][0];
        if (stray && piece(partner, c, main, cells, claimed)) {
            long pieces = cells.get(partner).stream().filter(x -> !x.isEmpty()).count();
            return pieces == 1 ? 0 : -1;
        }
        return -1;
    }

    /**
     * From line i in direction step, the first line that is a row's own or has text in column c.
     */
    private static int nextWith(int i, int step, int c, boolean[] main, List<List<String>> cells) {
        while (i >= 0 && i < cells.size() && !main[i]) {
            List<String> line = cells.get(i);
            if (line.size() == 1 || c < line.size() && !line.get(c).isEmpty()) {
                return i;
            }
            i += step;
        }
        return i;
    }

    /** Whether line i has an unclaimed piece in column c and is not a row's own line. */
    private static boolean piece(
            int i, int c, boolean[] main, List<List<String>> cells, boolean[][] claimed) {
        List<String> line = cells.get(i);
        return !main[i] && c < line.size() && !line.get(c).isEmpty() && !claimed[i][c];
    }

    /** Two pieces of one cell: Chinese joins directly, Latin words with a space. */
    static String joined(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(0);
        return isLatin(x) && isLatin(y) ? a + " " + b : a + b;
    }

    private static boolean isLatin(char ch) {
        return ch < 0x80 && Character.isLetter(ch);
    }
}
