package gongkai.importer.performance;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.performance.PerformanceIndicatorLayout.Field;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A budget's performance targets printed as one table, the project in a column of its own (项目名称 |
 * 年度资金总额 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 …): a row naming a project starts its row group, and
 * the rows below with a blank (merged) 项目名称 add its indicators. The indicator cells are read as in
 * a table per project ({@link PerformanceIndicators}); the layout is told by the header, never by
 * position.
 */
final class PerformanceTargetRows {

    private PerformanceTargetRows() {}

    /**
     * The projects of a per-row target table, or null when the rows are not one (no indicator
     * header with a 项目名称 column before the indicators start): then the table has one project per
     * block.
     */
    static List<DisclosureContent.Project> read(
            List<PerformanceRowReader.Row> rows, int titleLine, ImportReport.Builder report) {
        MoneyUnit unit = MoneyUnit.WAN_YUAN;
        int header = -1;
        PerformanceIndicatorLayout layout = null;
        for (int r = 0; r < rows.size() && header < 0; r++) {
            List<String> cells = rows.get(r).cells();
            PerformanceIndicatorLayout l = PerformanceIndicatorLayout.fromHeader(cells);
            if (l != null) {
                if (!l.has(Field.PROJECT)) {
                    return null; // the indicators of a table per project
                }
                header = r;
                layout = l;
                if (l.has(Field.AMOUNT)) {
                    unit = unitOf(cells.get(l.column(Field.AMOUNT)), unit);
                }
            } else {
                for (String cell : cells) {
                    unit = unitOf(cell, unit);
                }
            }
        }
        if (layout == null) {
            return null;
        }
        List<DisclosureContent.Project> projects = new ArrayList<>();
        Group group = null;
        for (int r = header + 1; r < rows.size(); r++) {
            PerformanceRowReader.Row row = rows.get(r);
            List<String> cells = row.cells();
            int lineNo = row.first() + 1;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Field, String> v = layout.align(cells);
            String name = v.getOrDefault(Field.PROJECT, "");
            if (!name.isEmpty() && (group == null || !name.equals(group.name))) {
                if (group != null) {
                    projects.add(group.build(unit));
                }
                group = new Group(name, lineNo, report);
            }
            if (group == null) {
                report.warn(lineNo, "绩效目标表中该行之前没有项目名称，已跳过");
                continue;
            }
            String goal = v.getOrDefault(Field.GOAL, "");
            if (!goal.isEmpty() && !group.goals.contains(goal)) {
                group.goals.add(goal);
            }
            String amount = v.getOrDefault(Field.AMOUNT, "");
            if (!amount.isEmpty() && group.amount == null) {
                group.amount = PerformanceTable.number(report, "绩效目标表", amount, lineNo, "年度资金总额");
            }
            group.indicators.readIndicator(layout, cells, lineNo);
        }
        if (group != null) {
            projects.add(group.build(unit));
        }
        if (projects.isEmpty()) {
            report.warn(titleLine, "绩效目标表中未找到项目");
        }
        return projects;
    }

    private static MoneyUnit unitOf(String cell, MoneyUnit otherwise) {
        String l = PerformanceTable.label(cell);
        if (PerformanceTable.YUAN_NOTE.matcher(l).matches()) {
            return MoneyUnit.YUAN;
        }
        return PerformanceTable.WAN_NOTE.matcher(l).matches() ? MoneyUnit.WAN_YUAN : otherwise;
    }

    /** One project's rows. */
    private static final class Group {
        final String name;
        final int line;
        final List<String> goals = new ArrayList<>();
        final PerformanceIndicators indicators;
        BigDecimal amount;

        Group(String name, int line, ImportReport.Builder report) {
            this.name = name;
            this.line = line;
            this.indicators = new PerformanceIndicators(report);
        }

        DisclosureContent.Project build(MoneyUnit unit) {
            return new DisclosureContent.Project(
                    false,
                    name,
                    null,
                    null,
                    null,
                    amount == null ? null : unit.toYuan(amount),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    goals.isEmpty() ? null : String.join("\n", goals),
                    null,
                    null,
                    false,
                    List.copyOf(indicators.indicators),
                    line);
        }
    }
}
