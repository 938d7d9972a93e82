package gongkai.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text a row or project is indexed and shown with. The search tests only see it through
 * rankings, which tolerate a missing line or a wrong amount; these tests state it exactly.
 */
class PassageTextTest {

    @Test
    void aRowsBodyNamesItsTableByNumberThenItsCodeAndName() {
        assertEquals(
                "公开03｜2040610 社区矫正", PassageText.rowBody(StandardTable.G03, "2040610", "社区矫正"));
        assertEquals(
                "公开01｜一般公共预算财政拨款收入", PassageText.rowBody(StandardTable.G01, null, "一般公共预算财政拨款收入"));
    }

    @Test
    void aRowsDetailListsItsAmountsInTheTablesColumnOrderAndSkipsEmptyColumns() {
        TableView t = table(StandardTable.G03);
        Map<String, BigDecimal> amounts = new HashMap<>();
        amounts.put("project", new BigDecimal("200"));
        amounts.put("total", new BigDecimal("1234567.8"));
        amounts.put("basic", null);
        assertEquals("本年支出合计 1,234,567.80元；项目支出 200.00元", PassageText.rowDetail(t, row(amounts)));
    }

    @Test
    void aRowWithoutAmountsHasNoDetail() {
        Map<String, BigDecimal> amounts = new HashMap<>();
        amounts.put("total", null);
        assertNull(PassageText.rowDetail(table(StandardTable.G03), row(amounts)));
    }

    @Test
    void aProjectsBodyHasOneLabelledLinePerFigureGoalAndIndicatorInOrder() {
        PerformanceIndicator full = indicator("产出指标", "数量指标", "培训人次", "≥500", "620", "人次", "参训积极");
        PerformanceIndicator bare = indicator(null, " ", "群众满意度", null, "", null, null);
        ProjectView p =
                project(
                        " 司法厅 ",
                        "普法中心",
                        new BigDecimal("1000"),
                        new BigDecimal("950.5"),
                        new BigDecimal("95.050"),
                        new BigDecimal("92.00"),
                        "完成普法",
                        "已完成",
                        "总体良好",
                        List.of(full, bare));
        assertEquals(
                String.join(
                        "\n",
                        "主管部门：司法厅",
                        "实施单位：普法中心",
                        "全年预算数：1,000.00元",
                        "全年执行数：950.50元",
                        "执行率：95.05%",
                        "得分：92",
                        "年度目标：完成普法",
                        "实际完成情况：已完成",
                        "自评综述：总体良好",
                        "指标：产出指标·数量指标·培训人次 指标值 ≥500 实际完成 620 人次 偏差原因 参训积极",
                        "指标：群众满意度"),
                PassageText.projectBody(p, DisclosureKind.FINAL_ACCOUNTS));
    }

    @Test
    void aBudgetsProjectIsLabelledAsAPerformanceTargetNotASelfEvaluation() {
        ProjectView p =
                project(
                        null,
                        null,
                        new BigDecimal("500000"),
                        null,
                        null,
                        null,
                        "开展普法宣传",
                        null,
                        "资金用于宣传品",
                        List.of());
        assertEquals(
                String.join("\n", "年度资金总额：500,000.00元", "年度绩效目标：开展普法宣传", "说明：资金用于宣传品"),
                PassageText.projectBody(p, DisclosureKind.BUDGET));
    }

    @Test
    void aProjectsBodyLeavesOutWhatItDoesNotState() {
        ProjectView p = project(null, "  ", null, null, null, null, null, "已完成", null, List.of());
        assertEquals("实际完成情况：已完成", PassageText.projectBody(p, DisclosureKind.FINAL_ACCOUNTS));
        ProjectView onlyIndicator =
                project(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(indicator(null, "质量指标", "合格率", "100%", null, null, "")));
        assertEquals(
                "指标：质量指标·合格率 指标值 100%",
                PassageText.projectBody(onlyIndicator, DisclosureKind.FINAL_ACCOUNTS));
    }

    @Test
    void aProjectIsRepresentedByItsExecutedAmountElseItsBudget() {
        BigDecimal budget = new BigDecimal("1000");
        BigDecimal executed = new BigDecimal("950");
        assertEquals(
                executed,
                PassageText.projectAmount(
                        project(
                                null, null, budget, executed, null, null, null, null, null,
                                List.of())));
        assertEquals(
                budget,
                PassageText.projectAmount(
                        project(
                                null, null, budget, null, null, null, null, null, null,
                                List.of())));
    }

    @Test
    void aRowIsRepresentedByItsTablesTotalColumnEvenWhenOthersComeFirst() {
        Map<String, BigDecimal> g03 = new HashMap<>();
        g03.put("basic", new BigDecimal("1"));
        g03.put("total", new BigDecimal("3"));
        assertEquals(new BigDecimal("3"), PassageText.mainAmount(StandardTable.G03, g03));
        Map<String, BigDecimal> g09 = new HashMap<>();
        g09.put("budget_total", new BigDecimal("9"));
        g09.put("actual_total", new BigDecimal("7"));
        assertEquals(new BigDecimal("7"), PassageText.mainAmount(StandardTable.G09, g09));
        Map<String, BigDecimal> prose = new HashMap<>();
        prose.put("budget", new BigDecimal("5"));
        prose.put("actual", new BigDecimal("4"));
        assertEquals(new BigDecimal("4"), PassageText.mainAmount(StandardTable.PROSE, prose));
    }

    @Test
    void aRowFallsBackToTheNextPreferredThenTheFirstStatedColumn() {
        Map<String, BigDecimal> g04 = new HashMap<>();
        g04.put("total", null);
        g04.put("general", new BigDecimal("8"));
        g04.put("amount", new BigDecimal("6"));
        assertEquals(new BigDecimal("6"), PassageText.mainAmount(StandardTable.G04, g04));
        Map<String, BigDecimal> g07 = new HashMap<>();
        g07.put("carry_out", new BigDecimal("2"));
        g07.put("income", new BigDecimal("5"));
        assertEquals(new BigDecimal("5"), PassageText.mainAmount(StandardTable.G07, g07));
        // No preferred column: the first stated one in the table's order, not in the map's.
        Map<String, BigDecimal> g05 = new HashMap<>();
        g05.put("project", new BigDecimal("3"));
        g05.put("basic", new BigDecimal("2"));
        assertEquals(new BigDecimal("2"), PassageText.mainAmount(StandardTable.G05, g05));
    }

    @Test
    void aRowWhoseAmountsAreUnknownColumnsStillHasAnAmountUnlessAllAreEmpty() {
        Map<String, BigDecimal> odd = new HashMap<>();
        odd.put("legacy", null);
        odd.put("old_total", new BigDecimal("11"));
        assertEquals(new BigDecimal("11"), PassageText.mainAmount(StandardTable.G01, odd));
        Map<String, BigDecimal> empty = new HashMap<>();
        empty.put("amount", null);
        assertNull(PassageText.mainAmount(StandardTable.G01, empty));
        assertNull(PassageText.mainAmount(StandardTable.G01, Map.of()));
        assertNull(PassageText.mainAmount(StandardTable.G01, null));
    }

    @Test
    void moneyIsWrittenWithThousandsSeparatorsAndTwoDecimalsWhateverTheLocale() {
        assertEquals("1,234,567.80", PassageText.money(new BigDecimal("1234567.8")));
        assertEquals("0.00", PassageText.money(BigDecimal.ZERO));
        assertEquals("-12.30", PassageText.money(new BigDecimal("-12.3")));
    }

    private static TableView table(StandardTable kind) {
        return new TableView(
                kind.label(), kind, kind.title(), null, null, kind.columns(), List.of());
    }

    private static RowView row(Map<String, BigDecimal> amounts) {
        return new RowView("2040610", "社区矫正", LineItem.RowKind.FUNCTIONAL, null, 3, 1, amounts);
    }

    private static PerformanceIndicator indicator(
            String level1,
            String level2,
            String name,
            String target,
            String actual,
            String unit,
            String deviation) {
        return new PerformanceIndicator(
                null, null, 0, level1, level2, name, "正向", "大于等于", target, actual, unit, null, null,
                deviation);
    }

    private static ProjectView project(
            String department,
            String implementer,
            BigDecimal annualBudget,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal score,
            String goal,
            String actual,
            String summary,
            List<PerformanceIndicator> indicators) {
        return new ProjectView(
                PerformanceProject.Kind.PROJECT,
                "普法宣传",
                department,
                implementer,
                null,
                annualBudget,
                executed,
                null,
                null,
                null,
                null,
                null,
                null,
                rate,
                null,
                null,
                null,
                score,
                goal,
                actual,
                summary,
                false,
                indicators);
    }
}
