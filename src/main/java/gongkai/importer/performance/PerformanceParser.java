package gongkai.importer.performance;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the performance tables of a disclosure: the final accounts' self-evaluations (项目支出绩效自评表,
 * one per project, and the 部门整体支出绩效自评表) and the budget's performance targets (项目支出绩效目标表,
 * 部门整体支出绩效目标表), which are self-evaluations without 完成值, 得分 and 偏差原因. The caller finds where a table
 * starts with {@link #isPerformanceTableStart}, and {@link #parse} reads it up to where narrative
 * resumes.
 */
public final class PerformanceParser {

    /**
     * A title line: optional "附件1：" / unit name / year before, an optional "（2023年度）" after, and
     * nothing that makes it a sentence (a prose mention of the table ends with punctuation).
     */
    private static final Pattern TABLE_START =
            Pattern.compile(
                    "^(?:-\\s*)?(?:附件|附表)?\\s*[0-9一二三四五六七八九十]*\\s*[:：、.．]?\\s*"
                            + "[^，。；;,:：！？]{0,40}?(?:(?:项目支出|整体支出)绩效自评表|绩效目标(?:申报|设定)?表)"
                            + "\\s*(?:[（(][^）)]{0,16}[)）])?$");

    /**
     * After this many rows in a row that fit nowhere below the indicators, the table is taken to
     * have ended (e.g. another table follows without a title this parser knows).
     */
    private static final int MAX_UNPLACED_RUN = 3;

    private PerformanceParser() {}

    /**
     * Whether the line is the title of a 项目支出 or 部门整体支出 self-evaluation table, or of a
     * performance-target table (绩效目标表).
     */
    public static boolean isPerformanceTableStart(String line) {
        if (line == null) {
            return false;
        }
        String t = line.replace("\t", "").replace('\u00A0', ' ').strip();
        return t.length() <= 80
                && (t.contains("绩效自评表") || t.contains("绩效目标"))
                && TABLE_START.matcher(t).matches();
    }

    /**
     * Whether a performance-table title names targets (a budget's 绩效目标表), not a self-evaluation.
     */
    public static boolean isTargetTitle(String title) {
        return title != null && title.replaceAll("\\s+", "").contains("绩效目标");
    }

    /**
     * How many lines the title of a table starting at line i takes: 1 for a title on one line, 2 or
     * 3 for a title a narrow cell wrapped ("项目支出绩效自" / "评表" / "(2023年度）"), 0 when no title starts
     * there.
     */
    public static int titleLines(List<String> lines, int i) {
        if (i < 0 || i >= lines.size()) {
            return 0;
        }
        if (isPerformanceTableStart(lines.get(i))) {
            return 1;
        }
        String joined = titlePiece(lines.get(i));
        for (int k = 1; k <= 2 && i + k < lines.size() && joined != null; k++) {
            String next = titlePiece(lines.get(i + k));
            if (next == null) {
                return 0;
            }
            joined += next;
            if ((joined.contains("绩效自评表") || joined.contains("绩效目标"))
                    && isPerformanceTableStart(joined)) {
                // the year note may follow on one more line: it is part of the title
                String after = i + k + 1 < lines.size() ? titlePiece(lines.get(i + k + 1)) : null;
                boolean year = after != null && isPerformanceTableStart(joined + after);
                return year ? k + 2 : k + 1;
            }
        }
        return 0;
    }

    /** A short line without cells that may be part of a wrapped title; null otherwise. */
    private static String titlePiece(String line) {
        String t = line.replace('\u00A0', ' ').strip();
        return t.isEmpty() || t.length() > 20 || line.indexOf('\t') >= 0 ? null : t;
    }

    private static boolean isOverall(String line) {
        return line != null && (line.contains("整体支出") || line.contains("部门整体"));
    }

    /**
     * A parsed table and the index of the first line after it. A table of targets that lists
     * several projects, one 项目名称 per row group, gives them all in {@code projects}; {@code project}
     * is the first (null when none was read).
     */
    public record Block(
            DisclosureContent.Project project,
            int end,
            List<DisclosureContent.Project> projects,
            String title) {

        public Block(DisclosureContent.Project project, int end) {
            this(project, end, project == null ? List.of() : List.of(project), null);
        }

        /** Whether the table is a budget's 绩效目标表. */
        public boolean target() {
            return isTargetTitle(title);
        }
    }

    /**
     * Parses the block starting at 0-based index start of lines; returns the project and the index
     * of the first line after the block.
     */
    public static Block parse(List<String> lines, int start, ImportReport.Builder report) {
        int titleLines = titleLines(lines, start);
        boolean inside = start >= 0 && start < lines.size();
        String title =
                titleLines > 1
                        ? String.join("", lines.subList(start, start + titleLines))
                        : inside ? lines.get(start) : null;
        boolean overall = inside && isOverall(title);
        boolean target = inside && isTargetTitle(title);
        PerformanceTable table = new PerformanceTable(overall, target, start + 1, report);
        // a wrapped title is skipped; a title on one line is the first row, blanked as a note
        PerformanceRowReader reader =
                new PerformanceRowReader(lines, titleLines > 1 ? start + titleLines : start);
        List<PerformanceRowReader.Row> rows = new ArrayList<>();
        for (PerformanceRowReader.Row r; (r = reader.next()) != null; ) {
            rows.add(r);
        }
        List<PerformanceRowReader.Row> joined = PerformanceWrappedRows.join(rows, target);
        String shownTitle = title == null ? null : title.replace("\t", "").strip();
        if (target) {
            List<DisclosureContent.Project> perRow =
                    PerformanceTargetRows.read(joined, start + 1, report);
            if (perRow != null) {
                int end = Math.max(reader.position(), Math.min(start + 1, lines.size()));
                return new Block(perRow.isEmpty() ? null : perRow.get(0), end, perRow, shownTitle);
            }
        }
        List<PerformanceRowReader.Row> unplaced = new ArrayList<>();
        List<DisclosureContent.Project> before = new ArrayList<>();
        int end = -1;
        int consumed = reader.position();
        for (PerformanceRowReader.Row row : joined) {
            consumed = row.last() + 1;
            if (target && table.indicatorsStarted() && PerformanceProjectFields.namesProject(row)) {
                // targets printed one project after another under one title
                warnUnplaced(unplaced, table, report);
                before.add(table.build());
                table = new PerformanceTable(overall, true, row.first() + 1, report);
            }
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
            end = consumed;
        }
        before.add(table.build());
        List<DisclosureContent.Project> projects =
                before.stream().filter(Objects::nonNull).toList();
        return new Block(
                projects.isEmpty() ? null : projects.get(0),
                Math.max(end, Math.min(start + 1, lines.size())),
                projects,
                shownTitle);
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
            report.warn(r.first() + 1, table.noun() + "中无法识别的行：" + text);
        }
        rows.clear();
    }
}
