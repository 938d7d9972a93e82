package gongkai.importer.tables;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.importer.performance.PerformanceParser;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Headings;
import gongkai.importer.text.TableTitles;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a table out of the lines that follow its title and turns it into rows of cells. Two layouts
 * come out of the extraction: cells separated by tabs on one line per row, or one cell per line
 * (indented by a tab) with blank lines between rows. The block ends at the next title or heading,
 * or at prose.
 */
public final class TableBlockReader {

    private static final Pattern UNIT =
            Pattern.compile("单位\\s*[:：]\\s*(万元|元)|[（(]\\s*(万元|元)\\s*[）)]\\s*$");
    private static final Pattern NOTE =
            Pattern.compile(
                    "^(注\\s*[:：0-9１-９]|说明\\s*[:：]|备注|本表无数据|本表为空|空表|无数据|本单位.{0,30}(无|没有|未)|.{0,30}(无|没有|未发生).{0,12}(收支|数据|支出|收入|经费)|见附件|详见附件|此表无)");
    private static final Pattern HEADER_LINE =
            Pattern.compile(
                    "^(编制单位|单位名称|部门名称|填报单位|公开\\d{1,2}表|财决\\d{1,2}表?$|表[一二三四五六七八九十\\d]{1,3}$|[（(]?\\d{4}\\s*年度?[）)]?$)");

    /**
     * Short lines between a title and its cells: number, 编制单位, unit, which PDF extraction may split
     * ("公开02" / "表金额单位：万" / "元").
     */
    private static final int MAX_HEADER_LINES = 5;

    /** Consecutive blank lines a table tolerates (page breaks inside tables leave some). */
    private static final int MAX_BLANKS = 2;

    private TableBlockReader() {}

    /**
     * The table whose title is at {@code start}, or null when nothing table-like follows the title.
     */
    public static TableBlock read(
            List<String> lines, int start, StandardTable kind, boolean[] skip) {
        return read(lines, start, start, kind, skip);
    }

    /**
     * The table whose title runs from line {@code start} to {@code titleEnd} (a wrapped title), or
     * null when nothing table-like follows it.
     */
    public static TableBlock read(
            List<String> lines, int start, int titleEnd, StandardTable kind, boolean[] skip) {
        StringBuilder titleText = new StringBuilder();
        for (int i = start; i <= titleEnd; i++) {
            titleText.append(skip[i] ? "" : Texts.strip(lines.get(i).replace('\t', ' ')));
        }
        String title = titleText.toString();
        MoneyUnit unit = unitIn(title);
        List<Integer> cellLines = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        int last = titleEnd;
        int blanks = 0;
        int headerLines = 0;
        String previousHeader = "";
        for (int i = titleEnd + 1; i < lines.size(); i++) {
            if (skip[i]) {
                continue;
            }
            String raw = lines.get(i);
            String t = Texts.strip(raw);
            if (t.isEmpty()) {
                if (++blanks > MAX_BLANKS && !cellLines.isEmpty()) {
                    break;
                }
                continue;
            }
            blanks = 0;
            if (startsSomethingElse(raw)) {
                break;
            }
            MoneyUnit stated = unitIn(t);
            boolean hasTab = raw.indexOf('\t') >= 0;
            if (stated == null && !hasTab && cellLines.isEmpty() && t.length() <= 4) {
                stated = unitIn(previousHeader + t); // "表金额单位：万" / "元"
            }
            if (stated != null
                    && !Amounts.isNumber(t)
                    && (!hasTab || cellLines.isEmpty() && t.length() < 60)) {
                unit = unit == null ? stated : unit;
                last = i;
            } else if (hasTab) {
                cellLines.add(i);
                last = i;
            } else if (NOTE.matcher(t).find() && t.length() <= 200) {
                note.append(note.length() == 0 ? "" : "\n").append(t);
                last = i;
            } else if (cellLines.isEmpty()
                    && headerLines < MAX_HEADER_LINES
                    && (HEADER_LINE.matcher(Texts.compact(t)).find() || t.length() <= 20)) {
                headerLines++; // 公开01表, 编制单位：…, a subtitle, pieces of them split by extraction
                previousHeader = t;
                last = i;
            } else {
                break;
            }
        }
        if (cellLines.isEmpty() && note.length() == 0) {
            return null;
        }
        List<TableBlock.GridRow> rows =
                oneCellPerLine(lines, cellLines)
                        ? groupCells(lines, cellLines, skip)
                        : splitTabs(lines, cellLines);
        return new TableBlock(
                kind,
                title,
                start,
                unit,
                note.length() == 0 ? null : note.toString(),
                rows,
                last + 1);
    }

    /** A title or heading that is not part of this table. */
    private static boolean startsSomethingElse(String raw) {
        if (PerformanceParser.isPerformanceTableStart(raw)) {
            return true;
        }
        if (raw.indexOf('\t') >= 0) {
            return false;
        }
        if (TableTitles.match(raw) != null) {
            return true;
        }
        Headings.Heading h = Headings.classify(raw);
        return h != null
                && (h.level() == Headings.Level.PART
                        || h.level() == Headings.Level.L1 && Headings.isTitle(h));
    }

    static MoneyUnit unitIn(String text) {
        Matcher m = UNIT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String u = m.group(1) != null ? m.group(1) : m.group(2);
        return "万元".equals(u) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    private static boolean oneCellPerLine(List<String> lines, List<Integer> cellLines) {
        if (cellLines.size() < 2) {
            return false;
        }
        int single = 0;
        for (int i : cellLines) {
            if (nonEmptyCells(lines.get(i)) <= 1) {
                single++;
            }
        }
        return single * 10 >= cellLines.size() * 8;
    }

    private static int nonEmptyCells(String raw) {
        int n = 0;
        for (String c : raw.split("\t", -1)) {
            if (!Texts.strip(c).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** One cell per line, rows separated by blank lines. */
    private static List<TableBlock.GridRow> groupCells(
            List<String> lines, List<Integer> cellLines, boolean[] skip) {
        List<TableBlock.GridRow> rows = new ArrayList<>();
        int first = cellLines.get(0);
        int lastLine = cellLines.get(cellLines.size() - 1);
        List<String> cells = new ArrayList<>();
        int rowLine = first;
        for (int i = first; i <= lastLine; i++) {
            if (skip[i]) {
                continue;
            }
            String raw = lines.get(i);
            if (Texts.strip(raw).isEmpty() && raw.indexOf('\t') < 0) {
                if (!cells.isEmpty()) {
                    rows.add(new TableBlock.GridRow(rowLine, List.copyOf(cells)));
                    cells.clear();
                }
                continue;
            }
            if (cells.isEmpty()) {
                rowLine = i;
            }
            cells.add(Texts.strip(raw.replace('\t', ' ')));
        }
        if (!cells.isEmpty()) {
            rows.add(new TableBlock.GridRow(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    private static List<TableBlock.GridRow> splitTabs(List<String> lines, List<Integer> cellLines) {
        List<TableBlock.GridRow> rows = new ArrayList<>();
        for (int i : cellLines) {
            List<String> cells = new ArrayList<>(Arrays.asList(lines.get(i).split("\t", -1)));
            cells.replaceAll(Texts::strip);
            rows.add(new TableBlock.GridRow(i, cells));
        }
        return rows;
    }
}
