package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the performance self-evaluation tables of a disclosure: the 项目支出绩效自评表 (one per project) and
 * the 部门整体支出绩效自评表. The caller finds where a table starts with {@link #isPerformanceTableStart}, and
 * {@link #parse} reads it up to where narrative resumes.
 */
final class PerformanceParser {

    /**
     * A title line: optional "附件1：" / unit name / year before, an optional "（2023年度）" after, and
     * nothing that makes it a sentence (a prose mention of the table ends with punctuation).
     */
    private static final Pattern TABLE_START =
            Pattern.compile(
                    "^(?:-\\s*)?(?:附件|附表)?\\s*[0-9一二三四五六七八九十]*\\s*[:：、.．]?\\s*"
                            + "[^，。；;,:：！？]{0,40}?(?:项目支出|整体支出)绩效自评表"
                            + "\\s*(?:[（(][^）)]{0,16}[)）])?$");

    /**
     * After this many rows in a row that fit nowhere below the indicators, the table is taken to
     * have ended (e.g. another table follows without a title this parser knows).
     */
    private static final int MAX_UNPLACED_RUN = 3;

    private PerformanceParser() {}

    /** Whether the line is the title of a 项目支出 or 部门整体支出 self-evaluation table. */
    static boolean isPerformanceTableStart(String line) {
        if (line == null) {
            return false;
        }
        String t = line.replace("\t", "").replace('\u00A0', ' ').strip();
        return t.length() <= 80 && t.contains("绩效自评表") && TABLE_START.matcher(t).matches();
    }

    private static boolean isOverall(String line) {
        return line != null && line.contains("整体支出");
    }

    /** A parsed table and the index of the first line after it. */
    record Block(DisclosureContent.Project project, int end) {}

    /**
     * Parses the block starting at 0-based index start of lines; returns the project and the index
     * of the first line after the block.
     */
    static Block parse(List<String> lines, int start, ImportReport.Builder report) {
        boolean overall = start >= 0 && start < lines.size() && isOverall(lines.get(start));
        PerformanceTable table = new PerformanceTable(overall, start + 1, report);
        PerformanceRowReader reader = new PerformanceRowReader(lines, start);
        List<PerformanceRowReader.Row> unplaced = new ArrayList<>();
        int end = -1;
        PerformanceRowReader.Row row;
        while ((row = reader.next()) != null) {
            PerformanceTable.Outcome outcome = table.accept(row);
            if (outcome == PerformanceTable.Outcome.UNPLACED) {
                unplaced.add(row);
                if (table.indicatorsStarted() && unplaced.size() >= MAX_UNPLACED_RUN) {
                    end = unplaced.get(0).first();
                    unplaced.clear();
                    break;
                }
                continue;
            }
            if (outcome == PerformanceTable.Outcome.EMPTY) {
                continue;
            }
            warnUnplaced(unplaced, table, report);
            if (outcome == PerformanceTable.Outcome.TOTAL) {
                // The total is the last row of every template: what follows is no longer this
                // table.
                break;
            }
        }
        warnUnplaced(unplaced, table, report);
        if (end < 0) {
            end = reader.position();
        }
        return new Block(table.build(), Math.max(end, Math.min(start + 1, lines.size())));
    }

    private static void warnUnplaced(
            List<PerformanceRowReader.Row> rows,
            PerformanceTable table,
            ImportReport.Builder report) {
        for (PerformanceRowReader.Row r : rows) {
            table.keepText(r.cells());
            String text = String.join(" | ", r.cells()).replace('\n', ' ');
            if (text.length() > 60) {
                text = text.substring(0, 60) + "…";
            }
            report.warn(r.first() + 1, "绩效自评表中无法识别的行：" + text);
        }
        rows.clear();
    }
}
