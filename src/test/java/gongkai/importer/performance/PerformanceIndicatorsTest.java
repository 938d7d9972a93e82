package gongkai.importer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicator rows, the 总分 row and the check of the totals ({@link PerformanceIndicators}), one row
 * at a time. The seeds print every value of every indicator and totals that add up, so a row with
 * only one value, a total with one number and totals that disagree were not asserted. Written after
 * mutation testing (issue 16).
 */
class PerformanceIndicatorsTest {

    private static final PerformanceIndicatorLayout LAYOUT =
            PerformanceIndicatorLayout.fromHeader(
                    List.of("一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"));

    private final ImportReport.Builder report = new ImportReport.Builder("test");
    private final PerformanceIndicators indicators = new PerformanceIndicators(report);

    private boolean read(String... cells) {
        return indicators.readIndicator(LAYOUT, List.of(cells), 7);
    }

    private List<String> warnings() {
        return report.build(null).warnings().stream()
                .map(m -> m.line() + " " + m.message())
                .toList();
    }

    private static DisclosureContent.Project project(
            String executionWeight, String executionScore, String totalWeight, String totalScore) {
        return new DisclosureContent.Project(
                false,
                "普法项目",
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
                d(executionWeight),
                d(executionScore),
                d(totalWeight),
                d(totalScore),
                null,
                null,
                null,
                false,
                List.of(),
                1);
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void aRowWithOnlyOneValueIsStillAnIndicator() {
        for (int column = 4; column <= 7; column++) {
            String[] cells = {"产出指标", "数量指标", "", "", "", "", "", "", ""};
            cells[column] = "5";
            PerformanceIndicators one = new PerformanceIndicators(new ImportReport.Builder("t"));
            assertTrue(one.readIndicator(LAYOUT, List.of(cells), 3), "value in column " + column);
            assertEquals(1, one.indicators.size(), "value in column " + column);
        }
    }

    @Test
    void aRowWithoutNameAndValuesOnlyCarriesItsLevelsAndIsReadWhenItHasOne() {
        assertTrue(read("产出指标", "", "", "", "", "", "", "", ""));
        assertTrue(read("", "数量指标", "", "", "", "", "", "", ""));
        assertFalse(read("", "", "", "正向", "", "", "", "", "说明"));
        assertTrue(indicators.indicators.isEmpty());
        assertTrue(read("", "", "培训场次", "正向", "3", "4", "10", "10", ""));
        DisclosureContent.Indicator i = indicators.indicators.get(0);
        assertEquals("产出指标", i.level1());
        assertEquals("数量指标", i.level2());
        assertEquals("培训场次", i.name());
        assertEquals(new BigDecimal("10"), i.weight());
        assertNull(i.deviationReason());
    }

    @Test
    void anIndicatorWithValuesButNoNameIsKeptWithAWarning() {
        assertTrue(read("效益指标", "社会效益", "", "", "高", "高", "10", "9", ""));
        assertEquals(List.of("7 绩效指标缺少三级指标名称（效益指标/社会效益）"), warnings());
        assertNull(indicators.indicators.get(0).name());
    }

    @Test
    void aTotalRowWithOneNumberIsTheScoreAndWithTwoTheWeightThenTheScore() {
        PerformanceIndicators one = new PerformanceIndicators(report);
        one.readTotal(List.of("总分", "", "98.5"), 9);
        assertNull(one.totalWeight);
        assertEquals(new BigDecimal("98.5"), one.totalScore);

        PerformanceIndicators two = new PerformanceIndicators(report);
        two.readTotal(List.of("", "总分", "100", "优", "98.5"), 9);
        assertEquals(new BigDecimal("100"), two.totalWeight);
        assertEquals(new BigDecimal("98.5"), two.totalScore);
        assertEquals(List.of(), warnings(), "a grade in words is expected");

        PerformanceIndicators odd = new PerformanceIndicators(report);
        odd.readTotal(List.of("总分", "100", "n/a"), 9);
        assertEquals(List.of("9 绩效自评表总分行的“n/a”不是数字"), warnings());
        assertEquals(new BigDecimal("100"), odd.totalScore);
    }

    @Test
    void totalsThatDisagreeWithTheIndicatorsAndTheExecutionRateAreWarnedAbout() {
        read("产出指标", "数量指标", "培训场次", "正向", "3", "4", "45", "44", "");
        read("", "", "满意度", "正向", "90", "95", "45", "45", "");
        indicators.readTotal(List.of("总分", "100", "98"), 12);
        // 45 + 45 + 10 = 100 points; 44 + 45 + 9 = 98: no warning, also not at exactly 0.01 off.
        indicators.checkTotals(project("10", "9", "100", "98"));
        indicators.checkTotals(project("10", "9.01", "100.01", "98"));
        assertEquals(List.of(), warnings());
        indicators.checkTotals(project("10", "9", "100.02", "98.02"));
        assertEquals(
                List.of(
                        "12 绩效自评表“普法项目”的总分98.02与各项得分之和98（指标得分加预算执行率得分）不一致",
                        "12 绩效自评表“普法项目”的总分值100.02与各项分值之和100不一致"),
                warnings());
    }
}
