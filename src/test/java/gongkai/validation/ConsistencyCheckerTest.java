package gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One passing and one failing case per rule. The passing case is always the hand-built copy of seed
 * 004's real figures ({@link Sample004}); each failing case changes one figure of it.
 */
class ConsistencyCheckerTest {

    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());

    private List<Finding> check(DocBuilder d) {
        return checker.check(d.build());
    }

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static Finding only(List<Finding> findings, String ruleId) {
        List<Finding> hits = of(findings, ruleId);
        assertEquals(1, hits.size(), () -> ruleId + " expected once in " + findings);
        return hits.get(0);
    }

    @Test
    void acceptsTheRealFiguresOfSample004() {
        assertEquals(List.of(), check(Sample004.document()));
    }

    // ---- 公开01
    // -------------------------------------------------------------------------------------

    @Test
    void rejectsIncomeTotalThatDisagreesWithItsLines() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G01).set("其他收入", "amount", "500000.00");
        Finding f = only(check(d), "T01-INCOME-TOTAL");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(new Location("公开01", "本年收入合计", "amount", null), f.location());
        assertEquals(
                "公开01 本年收入合计 13,742,926.23 元，但第1–8行收入之和为 13,699,144.81 元，相差 43,781.42 元。",
                f.message());
    }

    @Test
    void statesAmountsOfATableInWanYuanInWanYuan() {
        DocBuilder d = new DocBuilder().unit(MoneyUnit.WAN_YUAN);
        d.table(StandardTable.G01)
                .named(Side.INCOME, "一般公共预算财政拨款收入", "amount", "13700000.00")
                .named(Side.INCOME, "本年收入合计", "amount", "13742900.00");
        Finding f = only(check(d), "T01-INCOME-TOTAL");
        assertEquals("公开01 本年收入合计 1,374.29 万元，但第1–8行收入之和为 1,370.00 万元，相差 4.29 万元。", f.message());
    }

    @Test
    void toleratesOneHundredthOfTheTableUnit() {
        DocBuilder wan = new DocBuilder().unit(MoneyUnit.WAN_YUAN);
        wan.table(StandardTable.G01)
                .named(Side.INCOME, "一般公共预算财政拨款收入", "amount", "13742800.00")
                .named(Side.INCOME, "本年收入合计", "amount", "13742900.00");
        assertTrue(
                of(check(wan), "T01-INCOME-TOTAL").isEmpty(), "0.01万元 apart is within tolerance");
        DocBuilder yuan = new DocBuilder().unit(MoneyUnit.YUAN);
        yuan.table(StandardTable.G01)
                .named(Side.INCOME, "一般公共预算财政拨款收入", "amount", "13742926.21")
                .named(Side.INCOME, "本年收入合计", "amount", "13742926.23");
        assertEquals(
                1,
                of(check(yuan), "T01-INCOME-TOTAL").size(),
                "0.02元 apart is beyond tolerance in 元");
    }

    @Test
    void rejectsExpenseTotalThatDisagreesWithItsClasses() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G01).set("208", "amount", "516000.00");
        Finding f = only(check(d), "T01-EXPENSE-TOTAL");
        assertTrue(f.message().contains("相差 106.16 元"), f.message());
    }

    @Test
    void rejectsIncomeGrandTotalThatOmitsTheCarryIn() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G01).set(Side.INCOME, "年初结转和结余", "amount", "1000.00");
        only(check(d), "T01-INCOME-GRAND");
    }

    @Test
    void rejectsExpenseGrandTotalThatOmitsTheDistribution() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G01).set(Side.EXPENSE, "结余分配", "amount", "1000.00");
        only(check(d), "T01-EXPENSE-GRAND");
    }

    @Test
    void rejectsGrandTotalsOfIncomeAndExpenseThatDiffer() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G01).set(Side.EXPENSE, "总计", "amount", "13742000.00");
        List<Finding> findings = check(d);
        only(findings, "T01-BALANCE");
        only(findings, "T01-EXPENSE-GRAND");
    }

    @Test
    void rejectsFiscalSummaryWhoseRowsDoNotAddUpByFund() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G04).set("210", "general", "149000.00");
        List<Finding> findings = check(d);
        only(findings, "T04-ROW-FUNDS");
        assertEquals(1, of(findings, "T04-EXPENSE-TOTAL").size());
    }

    // Both found by mutation testing: no test failed when these comparisons were turned off.
    @Test
    void rejectsFiscalSummaryWhoseGrandTotalsOfIncomeAndExpenseDiffer() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G04).set(Side.EXPENSE, "总计", "total", "13742000.00");
        Finding f = only(check(d), "T04-BALANCE");
        assertTrue(f.message().contains("13,742,000.00"), f.message());
    }

    @Test
    void rejectsFiscalSummaryWhoseIncomeTotalIsNotTheSumOfItsLines() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G04).set(Side.INCOME, "本年收入合计", "amount", "1.00");
        only(check(d), "T04-INCOME-TOTAL");
    }

    // ---- 公开02 / 03 against 01
    // ----------------------------------------------------------------------

    @Test
    void rejectsIncomeTableTotalThatDisagreesWithTheSummary() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G01)
                .set(Side.INCOME, "本年收入合计", "amount", "13742000.00")
                .set(Side.INCOME, "总计", "amount", "13742000.00");
        Finding f = only(check(d), "T02-T01-TOTAL");
        assertEquals(new Location("公开02", "合计", "total", null), f.location());
    }

    @Test
    void rejectsIncomeColumnThatDisagreesWithItsSummaryLine() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G02)
                .set("合计", "other", "540000.00")
                .set("合计", "fiscal", "13202926.23");
        List<Finding> findings = of(check(d), "T02-T01-LINES");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(
                findings.get(0)
                        .message()
                        .startsWith("公开02 合计的财政拨款收入 13,202,926.23 元，但公开01 一般公共预算财政拨款收入、"),
                findings.get(0).message());
    }

    @Test
    void rejectsIncomeRowWhoseSourcesDoNotAddUp() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G02).set("2019999", "other", "10000.00");
        only(check(d), "T02-ROW-SOURCES");
    }

    @Test
    void acceptsBudgetIncomeRowsWithCarryOverSpecialAccountAndUnitFunds() {
        DocBuilder d = Sample004.document();
        d.remove(StandardTable.G02);
        d.table(StandardTable.G02)
                .functional(
                        "2040610",
                        "社区矫正",
                        "total",
                        "400.00",
                        "carry_in",
                        "100.00",
                        "general",
                        "150.00",
                        "fund",
                        "20.00",
                        "fiscal",
                        "170.00",
                        "special_account",
                        "30.00",
                        "unit_funds",
                        "100.00");
        assertEquals(List.of(), of(check(d), "T02-ROW-SOURCES"));
    }

    @Test
    void acceptsBudgetIncomeRowsThatPrintFiscalAppropriationsAsOneColumn() {
        DocBuilder d = Sample004.document();
        d.remove(StandardTable.G02);
        d.table(StandardTable.G02)
                .functional(
                        "2040610",
                        "社区矫正",
                        "total",
                        "300.00",
                        "carry_in",
                        "100.00",
                        "fiscal",
                        "150.00",
                        "unit_funds",
                        "50.00");
        assertEquals(List.of(), of(check(d), "T02-ROW-SOURCES"));
    }

    @Test
    void rejectsBudgetIncomeRowWhoseSourcesDoNotAddUp() {
        DocBuilder d = Sample004.document();
        d.remove(StandardTable.G02);
        d.table(StandardTable.G02)
                .functional(
                        "2040610",
                        "社区矫正",
                        "total",
                        "400.00",
                        "carry_in",
                        "100.00",
                        "general",
                        "150.00",
                        "fiscal",
                        "150.00",
                        "unit_funds",
                        "100.00");
        Finding f = only(check(d), "T02-ROW-SOURCES");
        assertTrue(f.message().contains("各收入来源之和"), f.message());
    }

    @Test
    void rejectsExpenseTableTotalThatDisagreesWithTheSummary() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G03)
                .set("合计", "total", "13742900.00")
                .set("合计", "basic", "7965906.64");
        only(check(d), "T03-T01-TOTAL");
    }

    @Test
    void rejectsExpenseRowWhoseKindsDoNotAddUp() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G03).set("2040699", "basic", "384000.00");
        Finding f =
                only(
                        of(check(d), "T03-ROW-KINDS").stream()
                                .filter(x -> "2040699".equals(x.location().rowCode()))
                                .toList(),
                        "T03-ROW-KINDS");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("2040699 其他司法支出"), f.message());
    }

    // ---- codes
    // ----------------------------------------------------------------------------------------

    @Test
    void rejectsClassThatDiffersFromTheSumOfItsSections() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G06).set("30305", "amount", "24000.00");
        Finding f = only(check(d), "CODE-LEVEL-SUM");
        assertEquals(new Location("公开06", "303", "amount", null), f.location());
        assertTrue(
                f.message().contains("其下各款之和为 32,999.99 元")
                        || f.message().contains("其下各款之和为 33,000.00 元"),
                f.message());
    }

    @Test
    void rejectsSectionThatDiffersFromTheSumOfItsItems() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G05)
                .functional(
                        "20406",
                        "司法",
                        "total",
                        "12000000.00",
                        "basic",
                        "6795853.30",
                        "project",
                        "5204146.70");
        List<Finding> findings = check(d);
        assertEquals(Severity.ERROR, of(findings, "CODE-LEVEL-SUM").get(0).severity());
        assertEquals("20406", of(findings, "CODE-LEVEL-SUM").get(0).location().rowCode());
    }

    @Test
    void rejectsTotalThatDiffersFromTheSumOfTopLevelRows() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G05)
                .set("2040604", "total", "60000.00")
                .set("2040604", "project", "60000.00");
        List<Finding> findings = of(check(d), "CODE-TOTAL-SUM");
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("相差 10,000.00 元"));
    }

    @Test
    void warnsAboutAnItemNameThatIsNotTheOfficialOne() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G03).rename("2040610", "社区矫正经费");
        Finding f = only(check(d), "CODE-NAME");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("“社区矫正经费”") && f.message().contains("“社区矫正”"), f.message());
    }

    @Test
    void warnsAboutAnItemCodeNotInTheCodeList() {
        assertTrue(CodeList.standard().functional("2999998").isEmpty());
        DocBuilder d = new DocBuilder();
        d.table(StandardTable.G03)
                .functional("2999998", "不存在的科目", "total", "1.00", "basic", "1.00");
        assertEquals(Severity.WARNING, only(check(d), "CODE-UNKNOWN").severity());
    }

    @Test
    void acceptsAnItemCodeOfTheNationalSupplementWithItsOfficialName() {
        // 2013299 其他组织事务支出 is a 2024 code that the base list lacks (issue 17).
        assertTrue(CodeList.standard().functional("2013299").isEmpty());
        DocBuilder d = new DocBuilder();
        d.table(StandardTable.G03)
                .functional("2013299", "其他组织事务支出", "total", "1.00", "basic", "1.00");
        assertEquals(List.of(), of(check(d), "CODE-UNKNOWN"));
        assertEquals(List.of(), of(check(d), "CODE-NAME"));
    }

    @Test
    void anUnlistedItemUnderAKnownSubclassIsInformationNotAWarning() {
        // 2010699 is well-formed under 20106 财政事务, which the list knows: a valid code the list
        // does not carry yet, as the importer reports it, not something staff must explain.
        DocBuilder d = new DocBuilder();
        d.table(StandardTable.G03)
                .functional("2010698", "某项财政事务支出", "total", "1.00", "basic", "1.00");
        Finding f = only(check(d), "CODE-UNKNOWN");
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("20106") && f.message().contains("财政事务"), f.message());
    }

    // ---- 05 / 06
    // ----------------------------------------------------------------------------------------

    @Test
    void rejectsGeneralBudgetTableThatDisagreesWithTheFiscalSummary() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G04).set(Side.EXPENSE, "本年支出合计", "general", "13190000.00");
        only(check(d), "T05-T04-GENERAL");
    }

    @Test
    void rejectsBasicSpendingThatIsNotPersonnelPlusPublicCosts() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G06).set("公用经费合计", "amount", "800000.00");
        List<Finding> findings = check(d);
        Finding f = only(findings, "T05-T06-BASIC");
        assertEquals(
                "公开05 基本支出合计 7,671,259.06 元，但公开06 人员经费合计与公用经费合计之和为 7,660,829.83 元，相差 10,429.23 元。",
                f.message());
        only(findings, "T06-GROUP-TOTALS");
    }

    @Test
    void rejectsGeneralBudgetRowWhoseBasicAndProjectDoNotAddUp() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G05).set("2040601", "basic", "6795850.00");
        assertFalse(of(check(d), "T05-ROW-KINDS").isEmpty());
    }

    // ---- 09 / 10
    // ----------------------------------------------------------------------------------------

    @Test
    void rejectsThreePublicTotalThatIsNotTheSumOfItsParts() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G09).set("三公经费合计", "actual_reception", "35000.00");
        Finding f = only(check(d), "T09-SUM");
        assertEquals("actual_total", f.location().column());
        assertTrue(f.message().startsWith("公开09 决算数合计 70,000.00 元"), f.message());
    }

    @Test
    void rejectsVehicleSubtotalThatIsNotPurchasePlusOperation() {
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G09).set("三公经费合计", "budget_vehicle_purchase", "10000.00");
        Finding f = only(check(d), "T09-VEHICLE");
        assertEquals("budget_vehicle", f.location().column());
    }

    @Test
    void rejectsAPartOfAZeroThreePublicTotal() {
        DocBuilder ok = new DocBuilder();
        ok.table(StandardTable.G09)
                .named(
                        null,
                        "三公经费合计",
                        "actual_total",
                        "0.00",
                        "actual_abroad",
                        "0.00",
                        "actual_vehicle",
                        "0.00",
                        "actual_reception",
                        "0.00");
        assertTrue(of(check(ok), "T09-ZERO").isEmpty());
        DocBuilder d = new DocBuilder();
        d.table(StandardTable.G09)
                .named(
                        null,
                        "三公经费合计",
                        "actual_total",
                        "0.00",
                        "actual_abroad",
                        "0.00",
                        "actual_vehicle",
                        "0.00",
                        "actual_reception",
                        "1200.00");
        Finding f = only(check(d), "T09-ZERO");
        assertEquals("actual_reception", f.location().column());
    }

    @Test
    void warnsWhenOperatingCostsOfAnAdministrativeUnitDifferFromPublicCosts() {
        DocBuilder ok = Sample004.document();
        ok.table(StandardTable.G10).named(null, "机关运行经费", "amount", "810429.23");
        assertEquals(List.of(), check(ok));
        DocBuilder d = Sample004.document();
        d.table(StandardTable.G10).named(null, "机关运行经费", "amount", "800000.00");
        Finding f = only(check(d), "T10-OPERATING-COSTS");
        assertEquals(Severity.WARNING, f.severity());
        DocBuilder institution = Sample004.document().unitKind("事业单位");
        institution.table(StandardTable.G10).named(null, "机关运行经费", "amount", "800000.00");
        assertTrue(of(check(institution), "T10-OPERATING-COSTS").isEmpty());
    }

    // ---- narrative
    // ---------------------------------------------------------------------------------------

    @Test
    void warnsWhenTheNarrativeIncomeTotalDisagreesWithTheTables() {
        assertTrue(of(check(Sample004.document()), "NARRATIVE-TOTAL").isEmpty());
        DocBuilder bad =
                narrativeOnly(SectionKey.INCOME, "2023年度收入合计1364.29万元，其中：财政拨款收入1319.91万元，占96.04%。");
        Finding f = only(check(bad), "NARRATIVE-TOTAL");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(new Location("公开01", "本年收入合计", "amount", "INCOME"), f.location());
        assertEquals(
                "情况说明称本年收入合计 1,364.29 万元（“收入合计1364.29万元”），但公开01为 1,374.29 万元，相差 10.00 万元。",
                f.message());
    }

    @Test
    void toleratesHalfAWanYuanWhenTextInWanYuanMeetsATableInYuan() {
        DocBuilder d = narrativeOnly(SectionKey.INCOME, "2023年度收入合计1374.00万元。");
        assertTrue(of(check(d), "NARRATIVE-TOTAL").isEmpty(), "2,926.23 元 apart: within 0.5万元");
    }

    @Test
    void warnsWhenTheNarrativeFiscalIncomeDisagreesWithTheIncomeTable() {
        DocBuilder d =
                narrativeOnly(SectionKey.INCOME, "2023年度收入合计1374.29万元，其中：财政拨款收入1300.91万元，占96.04%。");
        Finding f = only(check(d), "NARRATIVE-FISCAL");
        assertEquals("公开02", f.location().table());
    }

    @Test
    void warnsWhenTheNarrativeBasicSpendingDisagreesWithTheExpenseTable() {
        DocBuilder d =
                narrativeOnly(
                        SectionKey.EXPENDITURE,
                        "2023年度支出合计1374.29万元，其中：基本支出786.59万元，占57.96%；项目支出577.70万元。");
        Finding f = only(check(d), "NARRATIVE-BASIC-PROJECT");
        assertTrue(
                f.message().contains("基本支出 786.59 万元") && f.message().contains("相差 10.00 万元"),
                f.message());
    }

    @Test
    void warnsWhenANarrativeLineItemDisagreesWithItsTableRow() {
        DocBuilder ok = Sample004.document();
        ok.table(StandardTable.PROSE)
                .unit(MoneyUnit.WAN_YUAN)
                .functional("2040601", "行政运行", "budget", "4056400.00", "actual", "6795900.00");
        assertEquals(List.of(), check(ok));
        DocBuilder d = Sample004.document();
        d.table(StandardTable.PROSE)
                .unit(MoneyUnit.WAN_YUAN)
                .functional("2040601", "行政运行", "budget", "4056400.00", "actual", "6695900.00");
        Finding f = only(check(d), "NARRATIVE-LINE-ITEM");
        assertEquals(new Location("公开05", "2040601", "total", "GENERAL_BUDGET"), f.location());
        assertTrue(
                f.message().contains("669.59 万元") && f.message().contains("679.59 万元"),
                f.message());
    }

    @Test
    void warnsWhenTheNarrativeThreePublicFiguresDisagreeWithTheTable() {
        // seed 004's own words: its 公开09 shows 公务用车购置费 0.00 in both halves
        DocBuilder d =
                narrativeOnly(
                        SectionKey.THREE_PUBLIC,
                        "公务接待费支出预算为3万元，支出决算为3万元，完成预算的100%。\n公务用车购置费支出预算为4万元，支出决算为4万元，完成预算的100%，与上年相比减少（增加）0万元。");
        List<Finding> findings = of(check(d), "NARRATIVE-THREE-PUBLIC");
        assertEquals(2, findings.size(), findings::toString);
        assertEquals(
                Map.of("actual_vehicle_purchase", 1, "budget_vehicle_purchase", 1),
                Map.of(
                        findings.get(0).location().column(),
                        1,
                        findings.get(1).location().column(),
                        1));
    }

    @Test
    void warnsAboutAChangeStatedWithoutAReason() {
        DocBuilder d =
                narrativeOnly(
                        SectionKey.OVERALL, "2023年度收、支总计1374.29万元。与上年相比，增加164.68万元，增长13.61%。");
        Finding f = only(check(d), "NARRATIVE-CHANGE-REASON");
        assertEquals(Location.section("OVERALL"), f.location());
        DocBuilder zero =
                narrativeOnly(SectionKey.THREE_PUBLIC, "公务接待费支出预算为3万元，支出决算为3万元，与上年相比减少（增加）0万元。");
        assertTrue(
                of(check(zero), "NARRATIVE-CHANGE-REASON").isEmpty(),
                "a change of 0 needs no reason");
    }

    // ---- completeness
    // -------------------------------------------------------------------------------------

    @Test
    void warnsAboutAMissingStandardTable() {
        DocBuilder d = Sample004.document().remove(StandardTable.G08);
        Finding f = only(check(d), "COMPLETE-TABLES");
        assertEquals(Location.table("公开08"), f.location());
    }

    @Test
    void acceptsAMissingFundTableThatTheNarrativeExplains() {
        DocBuilder d =
                Sample004.document()
                        .remove(StandardTable.G07)
                        .section(SectionKey.GOV_FUND, "2023年，本单位无政府性基金收支。");
        assertTrue(of(check(d), "COMPLETE-TABLES").isEmpty());
    }

    @Test
    void countsAnEmptyTableMarkedWithoutDataAsPresent() {
        DocBuilder marked = Sample004.document();
        marked.table(StandardTable.G08).note("本表无数据");
        assertTrue(of(check(marked), "COMPLETE-TABLES").isEmpty(), check(marked)::toString);
        DocBuilder unmarked = Sample004.document();
        unmarked.table(StandardTable.G08).note(null);
        Finding f = only(check(unmarked), "COMPLETE-TABLES");
        assertTrue(f.message().contains("本表无数据"), f.message());
    }

    @Test
    void requiresTable10OnlyOfAReportOfTheTenTableFamily() {
        assertTrue(of(check(Sample004.document()), "COMPLETE-TABLES").isEmpty());
        DocBuilder ten =
                Sample004.document()
                        .section(SectionKey.TABLES_NOTE, "九、财政拨款“三公”经费支出决算表\n十、相关信息统计表");
        Finding f = only(check(ten), "COMPLETE-TABLES");
        assertEquals(Location.table("公开10"), f.location());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void warnsOnceWhenNoTableIsPublished() {
        DocBuilder d = new DocBuilder().section(SectionKey.TABLES_NOTE, "见附件。");
        Finding f = only(check(d), "COMPLETE-TABLES");
        assertTrue(f.message().contains("见附件"), f.message());
    }

    @Test
    void warnsWhenProjectsDoNotAddUpToProjectSpending() {
        DocBuilder ok =
                Sample004.document().project("普法宣传", "450000.00").project("其他", "5077885.75");
        assertTrue(of(check(ok), "PROJECTS-SUM").isEmpty());
        DocBuilder d =
                Sample004.document().project("普法宣传", "450000.00").project("法律援助", "4489800.00");
        Finding f = only(check(d), "PROJECTS-SUM");
        assertEquals(
                "绩效自评所列 2 个项目的全年执行数之和为 4,939,800.00 元，但公开05 项目支出合计为 5,527,885.75 元，相差 588,085.75 元。",
                f.message());
    }

    // ---- robustness
    // ---------------------------------------------------------------------------------------

    @Test
    void neverThrowsOnOddData() {
        DocBuilder d = new DocBuilder();
        d.table(StandardTable.G01).named(Side.INCOME, "本年收入合计");
        d.table(StandardTable.G02).named(null, "合计");
        d.table(StandardTable.G03)
                .functional("204", "公共安全支出")
                .functional("20406", "司法", "total", "1.00");
        d.table(StandardTable.G09).named(null, "三公经费合计", "actual_total", "5.00");
        d.table(StandardTable.PROSE).functional("2040610", "社区矫正");
        d.section(SectionKey.INCOME, "收入合计1,2,3万元");
        DisclosureDocument doc = d.build();
        List<Finding> findings = checker.check(doc);
        assertTrue(
                findings.stream().noneMatch(f -> f.ruleId().equals("CHECK-FAILED")),
                findings::toString);
        DisclosureDocument empty =
                new DisclosureDocument(
                        2L, null, 2023, null, null, 1, null, null, null, null, null, null, null);
        assertTrue(checker.check(empty).stream().noneMatch(f -> f.ruleId().equals("CHECK-FAILED")));
    }

    /** Sample 004's tables with a single narrative section in place of its own. */
    private static DocBuilder narrativeOnly(SectionKey key, String body) {
        return Sample004.tables().section(key, body);
    }
}
