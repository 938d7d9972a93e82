package gongkai.importer.performance;

import static gongkai.importer.performance.PerformanceTable.nullToEmpty;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.performance.PerformanceIndicatorLayout.Field;
import gongkai.importer.performance.PerformanceNumbers.Parsed;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Job: indicator assembly, the rows under the 三级指标 header, the 总分 row and the check of the totals
 * against them.
 */
final class PerformanceIndicators {

    private final ImportReport.Builder report;

    private String level1;
    private String level2;
    final List<DisclosureContent.Indicator> indicators = new ArrayList<>();
    BigDecimal totalWeight;
    BigDecimal totalScore;
    private int totalLine;

    PerformanceIndicators(ImportReport.Builder report) {
        this.report = report;
    }

    boolean readIndicator(PerformanceIndicatorLayout layout, List<String> cells, int lineNo) {
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
        boolean hasValues =
                !v.getOrDefault(Field.TARGET, "").isEmpty()
                        || !v.getOrDefault(Field.ACTUAL, "").isEmpty()
                        || !v.getOrDefault(Field.WEIGHT, "").isEmpty()
                        || !v.getOrDefault(Field.SCORE, "").isEmpty();
        if (indicatorName.isEmpty() && !hasValues) {
            return !l1.isEmpty() || !l2.isEmpty();
        }
        if (indicatorName.isEmpty()) {
            report.warn(
                    lineNo,
                    "绩效指标缺少三级指标名称（" + nullToEmpty(level1) + "/" + nullToEmpty(level2) + "）");
        }
        String what = "指标“" + indicatorName + "”";
        indicators.add(
                new DisclosureContent.Indicator(
                        level1,
                        level2,
                        blankToNull(indicatorName),
                        blankToNull(v.get(Field.NATURE)),
                        blankToNull(v.get(Field.DIRECTION)),
                        blankToNull(v.get(Field.TARGET)),
                        blankToNull(v.get(Field.ACTUAL)),
                        blankToNull(v.get(Field.UNIT)),
                        number(v.get(Field.WEIGHT), lineNo, what + "的分值"),
                        number(v.get(Field.SCORE), lineNo, what + "的得分"),
                        blankToNull(v.get(Field.REASON))));
        return true;
    }

    /** 总分 | 100 | 98.25: the first number is the weight (100 points), the second the score. */
    void readTotal(List<String> cells, int lineNo) {
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
        // weights and scores: only a self-evaluation has them
        return PerformanceTable.number(report, "绩效自评表", text, lineNo, what);
    }

    /**
     * The total is the 执行率 score plus the indicator scores; the same holds for the weights (100).
     */
    void checkTotals(DisclosureContent.Project p) {
        if (indicators.isEmpty()) {
            return;
        }
        String title = "绩效自评表“" + nullToEmpty(p.name()) + "”";
        BigDecimal tolerance = new BigDecimal("0.01");
        if (p.totalScore() != null) {
            BigDecimal sum =
                    sum(
                            indicators.stream().map(DisclosureContent.Indicator::score).toList(),
                            p.executionScore());
            if (sum.subtract(p.totalScore()).abs().compareTo(tolerance) > 0) {
                report.warn(
                        totalLine,
                        title
                                + "的总分"
                                + p.totalScore().toPlainString()
                                + "与各项得分之和"
                                + sum.toPlainString()
                                + "（指标得分加预算执行率得分）不一致");
            }
        }
        if (p.totalWeight() != null) {
            BigDecimal sum =
                    sum(
                            indicators.stream().map(DisclosureContent.Indicator::weight).toList(),
                            p.executionWeight());
            if (sum.subtract(p.totalWeight()).abs().compareTo(tolerance) > 0) {
                report.warn(
                        totalLine,
                        title
                                + "的总分值"
                                + p.totalWeight().toPlainString()
                                + "与各项分值之和"
                                + sum.toPlainString()
                                + "不一致");
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

    private static boolean containsHan(String s) {
        return s.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
