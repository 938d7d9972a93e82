package gongkai.importer.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines of a self-evaluation table into rows of cells, for both layouts that text
 * extraction produces:
 *
 * <ul>
 *   <li>one cell per line, each cell line starting with a tab, rows separated by blank lines; a
 *       line without the leading tab continues the cell above (e.g. "项目资金" / "（万元）");
 *   <li>one row per line with tab-separated cells.
 * </ul>
 *
 * It also decides where the table ends: at the next self-evaluation table or at the first line that
 * reads as narrative again, so that the surrounding prose is never swallowed.
 */
final class PerformanceRowReader {

    /**
     * One table row; {@code first} and {@code last} are 0-based indexes of its first and last line.
     */
    record Row(List<String> cells, int first, int last) {}

    /**
     * Starts of narrative paragraphs: "第三部分", "一、", "（三）", "2." / "2、" (but not "2.5"). Numbered
     * lines continue a cell when they follow a cell line directly, so this is only asked after a
     * blank line or a complete tab row.
     */
    private static final Pattern PROSE_START =
            Pattern.compile(
                    "^(?:第[一二三四五六七八九十百]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}\\s*[.．、](?!\\d))");

    private static final Pattern SENTENCE = Pattern.compile("[。；！？]");

    private final List<String> lines;
    private int pos;
    private boolean first = true;
    private boolean afterTabRow;

    PerformanceRowReader(List<String> lines, int start) {
        this.lines = lines;
        this.pos = Math.max(0, start);
    }

    /**
     * Line i with no-break spaces made ordinary: Word output indents with them, and strip() keeps
     * them.
     */
    private String line(int i) {
        return lines.get(i).replace('\u00A0', ' ');
    }

    /** Index of the first line not consumed yet. */
    int position() {
        return pos;
    }

    /** The next row, or null when the table has ended. */
    Row next() {
        boolean sawBlank = false;
        while (pos < lines.size() && isSeparator(line(pos))) {
            pos++;
            sawBlank = true;
        }
        if (pos >= lines.size()) {
            return null;
        }
        String line = line(pos);
        if (!first) {
            if (PerformanceParser.isPerformanceTableStart(line)) {
                return null;
            }
            if ((sawBlank || afterTabRow) && looksNarrative(line)) {
                return null;
            }
        }
        first = false;
        int start = pos;
        String content = stripLeadingTab(line);
        if (content.indexOf('\t') >= 0) {
            pos++;
            afterTabRow = true;
            // Split the whole line: in this layout a leading tab is an empty first cell.
            return new Row(splitTabs(line), start, start);
        }
        afterTabRow = false;
        // One cell per line. Whether cells carry a leading tab tells cells from continuation lines.
        boolean tabbed = line.startsWith("\t");
        List<String> cells = new ArrayList<>();
        cells.add(content.strip());
        pos++;
        while (pos < lines.size()) {
            String next = line(pos);
            if (isSeparator(next)
                    || stripLeadingTab(next).indexOf('\t') >= 0
                    || PerformanceParser.isPerformanceTableStart(next)) {
                break;
            }
            if (next.startsWith("\t") || !tabbed) {
                cells.add(stripLeadingTab(next).strip());
            } else {
                int last = cells.size() - 1;
                cells.set(last, cells.get(last) + "\n" + next.strip());
            }
            pos++;
        }
        return new Row(cells, start, pos - 1);
    }

    /**
     * A line that reads as prose rather than a cell: a numbered paragraph or heading, a project
     * summary, or a long sentence. Lines with tabs are always table cells.
     */
    static boolean looksNarrative(String line) {
        if (line.indexOf('\t') >= 0) {
            return false;
        }
        String t = line.strip();
        if (PROSE_START.matcher(t).find() || t.contains("自评综述")) {
            return true;
        }
        return t.length() >= 40 && SENTENCE.matcher(t).find();
    }

    /**
     * Rows are separated by empty lines; a line holding only a tab is an empty cell, not a
     * separator.
     */
    private static boolean isSeparator(String line) {
        return line.isBlank() && line.indexOf('\t') < 0;
    }

    private static String stripLeadingTab(String line) {
        return line.startsWith("\t") ? line.substring(1) : line;
    }

    private static List<String> splitTabs(String content) {
        List<String> cells = new ArrayList<>();
        for (String cell : content.split("\t", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
