package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.PerformanceIndicatorLayout.Field;
import gongkai.importer.PerformanceNumbers.Parsed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What has been read of one self-evaluation table so far. Rows are recognised by their labels
 * (项目名称, 年度资金总额, 三级指标, 总分 …), not by their position, because templates differ in
 * how many merged cells they keep and in the order of their blocks.
 */
final class PerformanceTable {

    /** What {@link #accept} made of a row. */
    enum Outcome { PLACED, EMPTY, UNPLACED, TOTAL }

    private enum Mode { HEAD, MONEY, GOALS, INDICATORS }

    private enum MoneyColumn { INITIAL, ANNUAL, EXECUTED, WEIGHT, RATE, SCORE }

    /** The usual order of the money columns, used when the header row is missing. */
    private static final List<MoneyColumn> DEFAULT_MONEY_COLUMNS = List.of(MoneyColumn.values());

    private static final Set<String> TOTAL_LABELS = Set.of("总分", "合计", "总计", "得分合计", "总得分", "分值合计");
    private static final Set<String> GOAL_LABELS = Set.of("年度总体目标", "总体目标", "年度目标", "年度绩效目标", "整体绩效目标");
    private static final Set<String> GOAL_HEADERS = Set.of("预期目标", "实际完成情况", "目标", "完成情况", "实际完成");
    private static final Pattern YEAR_NOTE = Pattern.compile("[（(]?\\d{4}\\s*年度?[)）]?");
    private static final Pattern YUAN_NOTE = Pattern.compile(".*(?:[（(]\\s*元\\s*[)）]|单位[:：]\\s*元).*");
    private static final Pattern WAN_NOTE = Pattern.compile(".*(?:[（(]\\s*万元\\s*[)）]|单位[:：]\\s*万元).*");

    private final boolean overall;
    private final int line;
    private final ImportReport.Builder report;

    private Mode mode = Mode.HEAD;
    private MoneyUnit unit = MoneyUnit.WAN_YUAN;
    private List<MoneyColumn> moneyColumns = DEFAULT_MONEY_COLUMNS;
    private PerformanceIndicatorLayout layout;
    private String level1;
    private String level2;

    private String name;
    private String unitName;
    private String department;
    private String implementer;
    private final BigDecimal[] total = new BigDecimal[MoneyColumn.values().length];
    private final BigDecimal[] fiscal = new BigDecimal[MoneyColumn.values().length];
    private final BigDecimal[] carryover = new BigDecimal[MoneyColumn.values().length];
    private final BigDecimal[] other = new BigDecimal[MoneyColumn.values().length];
    private final List<String> goalsPlanned = new ArrayList<>();
    private final List<String> goalsActual = new ArrayList<>();
    private final List<DisclosureContent.Indicator> indicators = new ArrayList<>();
    private BigDecimal totalWeight;
    private BigDecimal totalScore;
    private int totalLine;

    PerformanceTable(boolean overall, int line, ImportReport.Builder report) {
        this.overall = overall;
        this.line = line;
        this.report = report;
    }

    /** A cell as a label: without spaces, line breaks and a trailing colon. */
    static String label(String cell) {
        return cell == null ? "" : cell.replaceAll("\\s+", "").replaceAll("[:：]$", "");
    }

    boolean indicatorsStarted() {
        return layout != null;
    }

    Outcome accept(PerformanceRowReader.Row row) {
        List<String> cells = withoutNotes(row.cells());
        int lineNo = row.first() + 1;
        if (cells.stream().allMatch(String::isEmpty)) {
            return Outcome.EMPTY;
        }
        if (readFields(cells)) {
            return Outcome.PLACED;
        }
        PerformanceIndicatorLayout header = PerformanceIndicatorLayout.fromHeader(cells);
        if (header != null) {
            layout = header;
            mode = Mode.INDICATORS;
            return Outcome.PLACED;
        }
        if (mode != Mode.INDICATORS && readMoneyHeader(cells)) {
            mode = Mode.MONEY;
            return Outcome.PLACED;
        }
        if (mode != Mode.INDICATORS && readMoneyRow(cells, lineNo)) {
            mode = Mode.MONEY;
            return Outcome.PLACED;
        }
        int goal = indexOfLabel(cells, GOAL_LABELS);
        if (goal >= 0 && mode != Mode.INDICATORS) {
            mode = Mode.GOALS;
            readGoals(cells.subList(goal + 1, cells.size()));
            return Outcome.PLACED;
        }
        if (TOTAL_LABELS.contains(label(firstNonEmpty(cells)))) {
            readTotal(cells, lineNo);
            return Outcome.TOTAL;
        }
        if (mode == Mode.GOALS) {
            readGoals(cells);
            return Outcome.PLACED;
        }
        if (mode == Mode.INDICATORS) {
            return readIndicator(cells, lineNo) ? Outcome.PLACED : Outcome.EMPTY;
        }
        return Outcome.UNPLACED;
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
            // Year and unit notes only occur above the indicators; below, "万元" or "2023年" are values.
            boolean note = PerformanceParser.isPerformanceTableStart(firstLine)
                    || layout == null && (YEAR_NOTE.matcher(l).matches() || l.matches("[（(]?(?:单位[:：])?(?:万元|元)[)）]?"));
            out.add(note ? "" : cell.strip());
        }
        return out;
    }

    private static final List<String> FIELD_LABELS =
            List.of("项目名称", "部门（单位）名称", "部门(单位)名称", "单位名称", "部门名称", "主管部门", "实施单位");

    /** 项目名称, 主管部门, 实施单位 (and 单位名称 for the 部门整体 table): value in the next cell or after a colon. */
    private boolean readFields(List<String> cells) {
        boolean found = false;
        for (int i = 0; i < cells.size(); i++) {
            String l = label(cells.get(i));
            String key = FIELD_LABELS.stream().filter(k -> l.equals(k) || l.startsWith(k + "：") || l.startsWith(k + ":"))
                    .findFirst().orElse(null);
            if (key == null) {
                continue;
            }
            String value;
            if (l.length() > key.length()) {
                String cell = cells.get(i); // "项目名称：普法专项经费" in one cell
                int colon = Math.max(cell.indexOf('：'), cell.indexOf(':'));
                value = colon >= 0 ? cell.substring(colon + 1) : "";
            } else if (i + 1 < cells.size() && !isFieldLabel(cells.get(i + 1))) {
                value = cells.get(++i);
            } else {
                value = "";
            }
            found = true;
            value = value.isBlank() ? null : value.strip();
            switch (key) {
                case "项目名称" -> name = value;
                case "主管部门" -> department = value;
                case "实施单位" -> implementer = value;
                default -> unitName = value;
            }
        }
        return found;
    }

    private static boolean isFieldLabel(String cell) {
        String l = label(cell);
        return FIELD_LABELS.contains(l);
    }

    private boolean readMoneyHeader(List<String> cells) {
        List<MoneyColumn> order = new ArrayList<>();
        for (String cell : cells) {
            MoneyColumn c = moneyColumn(label(cell));
            if (c != null && !order.contains(c)) {
                order.add(c);
            }
        }
        boolean header = order.contains(MoneyColumn.ANNUAL) || order.contains(MoneyColumn.EXECUTED) || order.contains(MoneyColumn.INITIAL);
        if (header) {
            moneyColumns = order;
        }
        return header;
    }

    private static MoneyColumn moneyColumn(String label) {
        if (label.startsWith("年初预算")) return MoneyColumn.INITIAL;
        if (label.startsWith("全年预算")) return MoneyColumn.ANNUAL;
        if (label.contains("执行数")) return MoneyColumn.EXECUTED;
        if (label.startsWith("执行率")) return MoneyColumn.RATE;
        if (label.startsWith("分值")) return MoneyColumn.WEIGHT;
        if (label.startsWith("得分")) return MoneyColumn.SCORE;
        return null;
    }

    /** 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, the values following the label in header order. */
    private boolean readMoneyRow(List<String> cells, int lineNo) {
        for (int i = 0; i < cells.size(); i++) {
            String key = moneyRowKey(label(cells.get(i)));
            if (key == null) {
                continue;
            }
            BigDecimal[] target = switch (key) {
                case "total" -> total;
                case "fiscal" -> fiscal;
                case "carryover" -> carryover;
                case "other" -> other;
                default -> null;
            };
            if (target == null) {
                report.warn(lineNo, "绩效自评表中的“" + cells.get(i) + "”资金行无对应字段，未保存");
                return true;
            }
            List<String> values = cells.subList(i + 1, cells.size());
            for (int v = 0; v < values.size() && v < moneyColumns.size(); v++) {
                target[moneyColumns.get(v).ordinal()] = number(values.get(v), lineNo, cells.get(i));
            }
            return true;
        }
        return false;
    }

    private static String moneyRowKey(String label) {
        String l = label.replaceAll("[（(](?:万元|元)[)）]", "").replaceFirst("^其中[:：]?", "").replaceFirst("资金$", "");
        return switch (l) {
            case "年度资金总额", "资金总额", "年度资金总额合计" -> "total";
            case "财政拨款", "当年财政拨款", "本年财政拨款", "一般公共预算", "一般公共预算拨款" -> "fiscal";
            case "上年结转", "上年结转结余", "结转结余" -> "carryover";
            case "其他", "其他资金来源" -> "other";
            case "基本支出", "项目支出" -> "unsupported";
            default -> null;
        };
    }

    private void readGoals(List<String> cells) {
        List<String> texts = new ArrayList<>();
        for (String cell : cells) {
            if (!GOAL_HEADERS.contains(label(cell))) {
                texts.add(cell);
            }
        }
        // Leading blank cells belong to the merged 年度总体目标 column.
        while (!texts.isEmpty() && texts.get(0).isEmpty()) {
            texts.remove(0);
        }
        if (!texts.isEmpty() && !texts.get(0).isEmpty()) {
            goalsPlanned.add(texts.get(0));
        }
        if (texts.size() > 1 && !texts.get(1).isEmpty()) {
            goalsActual.add(texts.get(1));
        }
    }

    private boolean readIndicator(List<String> cells, int lineNo) {
        Map<Field, String> v = layout.align(cells);
        String l1 = v.getOrDefault(Field.LEVEL1, "");
        String l2 = v.getOrDefault(Field.LEVEL2, "");
        // 一级/二级指标 are merged cells: blank means "same as above"; a new 一级指标 starts its own 二级 list.
        if (!l1.isEmpty() && !l1.equals(level1)) {
            level1 = l1;
            level2 = null;
        }
        if (!l2.isEmpty()) {
            level2 = l2;
        }
        String indicatorName = v.getOrDefault(Field.NAME, "");
        boolean hasValues = !v.getOrDefault(Field.TARGET, "").isEmpty() || !v.getOrDefault(Field.ACTUAL, "").isEmpty()
                || !v.getOrDefault(Field.WEIGHT, "").isEmpty() || !v.getOrDefault(Field.SCORE, "").isEmpty();
        if (indicatorName.isEmpty() && !hasValues) {
            return !l1.isEmpty() || !l2.isEmpty();
        }
        if (indicatorName.isEmpty()) {
            report.warn(lineNo, "绩效指标缺少三级指标名称（" + nullToEmpty(level1) + "/" + nullToEmpty(level2) + "）");
        }
        String what = "指标“" + indicatorName + "”";
        indicators.add(new DisclosureContent.Indicator(level1, level2, blankToNull(indicatorName),
                blankToNull(v.get(Field.NATURE)), blankToNull(v.get(Field.DIRECTION)),
                blankToNull(v.get(Field.TARGET)), blankToNull(v.get(Field.ACTUAL)), blankToNull(v.get(Field.UNIT)),
                number(v.get(Field.WEIGHT), lineNo, what + "的分值"), number(v.get(Field.SCORE), lineNo, what + "的得分"),
                blankToNull(v.get(Field.REASON))));
        return true;
    }

    /** 总分 | 100 | 98.25: the first number is the weight (100 points), the second the score. */
    private void readTotal(List<String> cells, int lineNo) {
        totalLine = lineNo;
        List<BigDecimal> numbers = new ArrayList<>();
        boolean skippedLabel = false;
        for (String cell : cells) {
            if (!skippedLabel && !cell.isEmpty()) {
                skippedLabel = true;
                continue;
            }
            Parsed p = PerformanceNumbers.parse(cell);
            if (p.value() != null) {
                numbers.add(p.value());
            } else if (!p.ok() && !containsHan(cell)) {
                // Text such as a grade (优) is expected; anything else is worth a look.
                report.warn(lineNo, "绩效自评表总分行的“" + cell + "”不是数字");
            }
        }
        if (numbers.size() == 1) {
            totalScore = numbers.get(0);
        } else if (numbers.size() >= 2) {
            totalWeight = numbers.get(0);
            totalScore = numbers.get(1);
        }
    }

    private BigDecimal number(String text, int lineNo, String what) {
        Parsed p = PerformanceNumbers.parse(text);
        if (!p.ok()) {
            report.warn(lineNo, "绩效自评表中" + what + "“" + text + "”不是数字，已忽略");
        }
        return p.value();
    }

    DisclosureContent.Project build() {
        String projectName = overall ? firstNonNull(unitName, name, implementer, department, "部门整体支出") : name;
        if (projectName == null) {
            report.warn(line, "项目支出绩效自评表中未找到项目名称");
        }
        if (layout == null) {
            report.warn(line, "绩效自评表“" + nullToEmpty(projectName) + "”中未找到绩效指标表头（三级指标）");
        }
        DisclosureContent.Project project = new DisclosureContent.Project(overall, projectName,
                overall ? firstNonNull(department, unitName) : department, implementer,
                yuan(total[MoneyColumn.INITIAL.ordinal()]), yuan(total[MoneyColumn.ANNUAL.ordinal()]),
                yuan(total[MoneyColumn.EXECUTED.ordinal()]),
                yuan(fiscal[MoneyColumn.ANNUAL.ordinal()]), yuan(fiscal[MoneyColumn.EXECUTED.ordinal()]),
                yuan(carryover[MoneyColumn.ANNUAL.ordinal()]), yuan(carryover[MoneyColumn.EXECUTED.ordinal()]),
                yuan(other[MoneyColumn.ANNUAL.ordinal()]), yuan(other[MoneyColumn.EXECUTED.ordinal()]),
                total[MoneyColumn.RATE.ordinal()], total[MoneyColumn.WEIGHT.ordinal()], total[MoneyColumn.SCORE.ordinal()],
                totalWeight, totalScore,
                goalsPlanned.isEmpty() ? null : String.join("\n", goalsPlanned),
                goalsActual.isEmpty() ? null : String.join("\n", goalsActual),
                null, false, List.copyOf(indicators), line);
        checkTotals(project);
        return project;
    }

    /** The total is the 执行率 score plus the indicator scores; the same holds for the weights (100). */
    private void checkTotals(DisclosureContent.Project p) {
        if (indicators.isEmpty()) {
            return;
        }
        String title = "绩效自评表“" + nullToEmpty(p.name()) + "”";
        BigDecimal tolerance = new BigDecimal("0.01");
        if (p.totalScore() != null) {
            BigDecimal sum = sum(indicators.stream().map(DisclosureContent.Indicator::score).toList(), p.executionScore());
            if (sum.subtract(p.totalScore()).abs().compareTo(tolerance) > 0) {
                report.warn(totalLine, title + "的总分" + p.totalScore().toPlainString() + "与各项得分之和"
                        + sum.toPlainString() + "（指标得分加预算执行率得分）不一致");
            }
        }
        if (p.totalWeight() != null) {
            BigDecimal sum = sum(indicators.stream().map(DisclosureContent.Indicator::weight).toList(), p.executionWeight());
            if (sum.subtract(p.totalWeight()).abs().compareTo(tolerance) > 0) {
                report.warn(totalLine, title + "的总分值" + p.totalWeight().toPlainString() + "与各项分值之和"
                        + sum.toPlainString() + "不一致");
            }
        }
    }

    private static BigDecimal sum(List<BigDecimal> values, BigDecimal extra) {
        BigDecimal sum = extra == null ? BigDecimal.ZERO : extra;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum.add(v);
            }
        }
        return sum;
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

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
