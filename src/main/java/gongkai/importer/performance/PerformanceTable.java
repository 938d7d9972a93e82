package gongkai.importer.performance;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.performance.PerformanceMoney.MoneyColumn;
import gongkai.importer.performance.PerformanceNumbers.Parsed;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What has been read of one self-evaluation table so far. Rows are recognised by their labels
 * (项目名称, 年度资金总额, 三级指标, 总分 …), not by their position, because templates differ in how many merged
 * cells they keep and in the order of their blocks. Job: header recognition, i.e. deciding what
 * each row means and handing it to the block that reads it.
 */
final class PerformanceTable {

    /** What {@link #accept} made of a row. */
    enum Outcome {
        PLACED,
        EMPTY,
        UNPLACED,
        TOTAL
    }

    private enum Mode {
        HEAD,
        MONEY,
        GOALS,
        TEXT,
        INDICATORS
    }

    private static final Set<String> TOTAL_LABELS = Set.of("总分", "合计", "总计", "得分合计", "总得分", "分值合计");
    private static final Set<String> GOAL_LABELS =
            Set.of("年度总体目标", "总体目标", "年度目标", "年度绩效目标", "整体绩效目标", "年度总体绩效目标");

    /**
     * Rows of text with no field of their own (the overall table's 年度主要工作内容 above all): kept as
     * "label：text" lines in the project's summary, so that their words are stored and searchable.
     */
    private static final Set<String> TEXT_LABELS =
            Set.of(
                    "年度主要工作内容",
                    "主要工作内容",
                    "年度主要任务",
                    "部门职能",
                    "部门（单位）职能",
                    "绩效评价结论",
                    "自评结论",
                    "总体评价",
                    "存在的问题",
                    "存在问题",
                    "改进措施",
                    "存在的问题及改进措施",
                    "主要问题及改进措施");

    private static final Pattern YEAR_NOTE = Pattern.compile("[（(]?\\d{4}\\s*年度?[)）]?");
    static final Pattern YUAN_NOTE = Pattern.compile(".*(?:[（(]\\s*元\\s*[)）]|单位[:：]\\s*元).*");
    static final Pattern WAN_NOTE = Pattern.compile(".*(?:[（(]\\s*万元\\s*[)）]|单位[:：]\\s*万元).*");

    private final boolean overall;
    private final boolean target;
    private final int line;
    private final ImportReport.Builder report;

    private Mode mode = Mode.HEAD;
    private MoneyUnit unit = MoneyUnit.WAN_YUAN;
    private PerformanceIndicatorLayout layout;

    private final PerformanceProjectFields fields = new PerformanceProjectFields();
    private final List<String> notes = new ArrayList<>();
    private final PerformanceMoney money;
    private final PerformanceIndicators indicators;

    /**
     * @param target a budget's 绩效目标表: its one money column is the year's budget (年度资金总额), and rows
     *     under a text label (年度主要任务 | 任务名称 | 主要内容) are that text, not unknown rows
     */
    PerformanceTable(boolean overall, boolean target, int line, ImportReport.Builder report) {
        this.overall = overall;
        this.target = target;
        this.line = line;
        this.report = report;
        this.money = new PerformanceMoney(report, target);
        this.indicators = new PerformanceIndicators(report);
    }

    /** A cell as a label: without spaces, line breaks and a trailing colon. */
    static String label(String cell) {
        return cell == null ? "" : cell.replaceAll("\\s+", "").replaceAll("[:：]$", "");
    }

    /** A label that starts a row of its own: goals, text rows and the total. */
    static boolean isRowLabel(String label) {
        return GOAL_LABELS.contains(label)
                || TEXT_LABELS.contains(label)
                || TOTAL_LABELS.contains(label);
    }

    boolean indicatorsStarted() {
        return layout != null;
    }

    /** The table's name in messages. */
    String noun() {
        return target ? "绩效目标表" : "绩效自评表";
    }

    Outcome accept(PerformanceRowReader.Row row) {
        List<String> cells = withoutNotes(row.cells());
        int lineNo = row.first() + 1;
        if (cells.stream().allMatch(String::isEmpty)) {
            return Outcome.EMPTY;
        }
        if (fields.readFields(cells)) {
            return Outcome.PLACED;
        }
        PerformanceIndicatorLayout header = PerformanceIndicatorLayout.fromHeader(cells);
        if (header != null) {
            layout = header;
            mode = Mode.INDICATORS;
            return Outcome.PLACED;
        }
        if (mode != Mode.INDICATORS && money.readMoneyHeader(cells)) {
            mode = Mode.MONEY;
            return Outcome.PLACED;
        }
        if (mode != Mode.INDICATORS && money.readMoneyRow(cells, lineNo)) {
            mode = Mode.MONEY;
            return Outcome.PLACED;
        }
        int text = indexOfLabel(cells, TEXT_LABELS);
        if (text >= 0 && mode != Mode.INDICATORS) {
            keepText(cells.subList(text, cells.size()));
            mode = target ? Mode.TEXT : mode;
            return Outcome.PLACED;
        }
        int goal = indexOfLabel(cells, GOAL_LABELS);
        if (goal >= 0 && mode != Mode.INDICATORS) {
            mode = Mode.GOALS;
            fields.readGoals(cells.subList(goal + 1, cells.size()));
            return Outcome.PLACED;
        }
        if (TOTAL_LABELS.contains(label(firstNonEmpty(cells)))) {
            indicators.readTotal(cells, lineNo);
            return Outcome.TOTAL;
        }
        if (mode == Mode.GOALS) {
            fields.readGoals(cells);
            return Outcome.PLACED;
        }
        if (mode == Mode.INDICATORS) {
            return indicators.readIndicator(layout, cells, lineNo) ? Outcome.PLACED : Outcome.EMPTY;
        }
        if (mode == Mode.TEXT) {
            // the rows of a 年度主要任务 list: 任务名称 | 主要内容 | 预算金额
            keepText(cells);
            return Outcome.PLACED;
        }
        return Outcome.UNPLACED;
    }

    /**
     * Keeps the text of a row that fits no field: "label：text text", so that nothing the table says
     * is lost (a row the parser could not place is also reported).
     */
    void keepText(List<String> cells) {
        List<String> parts = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (parts.isEmpty()) {
            return;
        }
        String head = label(parts.get(0));
        String rest = String.join(" ", parts.subList(1, parts.size()));
        notes.add(rest.isEmpty() ? parts.get(0) : head + "：" + rest);
    }

    /** Blanks out the title, year and money-unit notes; remembers the unit. */
    private List<String> withoutNotes(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            String l = label(cell);
            if (layout == null && YUAN_NOTE.matcher(l).matches()) {
                unit = MoneyUnit.YUAN;
            } else if (layout == null && WAN_NOTE.matcher(l).matches()) {
                unit = MoneyUnit.WAN_YUAN;
            }
            String firstLine = cell.lines().findFirst().orElse("");
            // Year and unit notes only occur above the indicators; below, "万元" or "2023年" are
            // values.
            boolean note =
                    PerformanceParser.isPerformanceTableStart(firstLine)
                            || layout == null
                                    && (YEAR_NOTE.matcher(l).matches()
                                            || l.matches("[（(]?(?:单位[:：])?(?:万元|元)[)）]?"));
            out.add(note ? "" : cell.strip());
        }
        return out;
    }

    /**
     * A number cell of the table; text that is not a number is reported as {@code what} of the
     * table named {@code noun} (绩效自评表, 绩效目标表) and ignored.
     */
    static BigDecimal number(
            ImportReport.Builder report, String noun, String text, int lineNo, String what) {
        Parsed p = PerformanceNumbers.parse(text);
        if (!p.ok()) {
            report.warn(lineNo, noun + "中" + what + "“" + text + "”不是数字，已忽略");
        }
        return p.value();
    }

    DisclosureContent.Project build() {
        String name = fields.name;
        String unitName = fields.unitName;
        String department = fields.department;
        String implementer = fields.implementer;
        BigDecimal[] total = money.total;
        BigDecimal[] fiscal = money.fiscal;
        BigDecimal[] carryover = money.carryover;
        BigDecimal[] other = money.other;
        List<String> goalsPlanned = fields.goalsPlanned;
        List<String> goalsActual = fields.goalsActual;
        String projectName =
                overall
                        ? PerformanceProjectFields.firstNonNull(
                                unitName, name, implementer, department, "部门整体支出")
                        : name;
        if (projectName == null) {
            report.warn(line, "项目支出" + noun() + "中未找到项目名称");
        }
        if (layout == null) {
            report.warn(line, noun() + "“" + nullToEmpty(projectName) + "”中未找到绩效指标表头（三级指标）");
        }
        DisclosureContent.Project project =
                new DisclosureContent.Project(
                        overall,
                        projectName,
                        overall
                                ? PerformanceProjectFields.firstNonNull(department, unitName)
                                : department,
                        implementer,
                        yuan(total[MoneyColumn.INITIAL.ordinal()]),
                        yuan(total[MoneyColumn.ANNUAL.ordinal()]),
                        yuan(total[MoneyColumn.EXECUTED.ordinal()]),
                        yuan(fiscal[MoneyColumn.ANNUAL.ordinal()]),
                        yuan(fiscal[MoneyColumn.EXECUTED.ordinal()]),
                        yuan(carryover[MoneyColumn.ANNUAL.ordinal()]),
                        yuan(carryover[MoneyColumn.EXECUTED.ordinal()]),
                        yuan(other[MoneyColumn.ANNUAL.ordinal()]),
                        yuan(other[MoneyColumn.EXECUTED.ordinal()]),
                        total[MoneyColumn.RATE.ordinal()],
                        total[MoneyColumn.WEIGHT.ordinal()],
                        total[MoneyColumn.SCORE.ordinal()],
                        indicators.totalWeight,
                        indicators.totalScore,
                        goalsPlanned.isEmpty() ? null : String.join("\n", goalsPlanned),
                        goalsActual.isEmpty() ? null : String.join("\n", goalsActual),
                        summary(),
                        false,
                        List.copyOf(indicators.indicators),
                        line);
        indicators.checkTotals(project);
        return project;
    }

    /** The kept text rows and the text beside the money rows, in table order; null when none. */
    private String summary() {
        List<String> all = new ArrayList<>(money.notes);
        all.addAll(notes);
        return all.isEmpty() ? null : String.join("\n", all);
    }

    private BigDecimal yuan(BigDecimal amount) {
        return amount == null ? null : unit.toYuan(amount);
    }

    private static int indexOfLabel(List<String> cells, Set<String> labels) {
        for (int i = 0; i < cells.size(); i++) {
            if (labels.contains(label(cells.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String firstNonEmpty(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
