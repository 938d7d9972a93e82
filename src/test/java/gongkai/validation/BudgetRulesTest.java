package gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.importer.BudgetFixtures;
import gongkai.importer.DisclosureParser;
import gongkai.importer.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget's consistency rules on the budget fixture (醴陵 2023, tables in 元): the fixture as
 * published passes every rule; each failing case changes one amount of one table in its text.
 */
class BudgetRulesTest {

    private static final ConsistencyChecker CHECKER = new ConsistencyChecker(CodeList.standard());

    private static String fixture() {
        return new String(BudgetFixtures.bytes(BudgetFixtures.LILING_2023), StandardCharsets.UTF_8);
    }

    private static String national() {
        return new String(BudgetFixtures.lilingWithNationalIncomeTable(), StandardCharsets.UTF_8);
    }

    /** The text with {@code from} replaced by {@code to} in the table titled {@code title} only. */
    private static String changed(String text, String title, String from, String to) {
        int table = text.indexOf("\n" + title + "\n");
        int at = text.indexOf(from, table);
        assertTrue(table >= 0 && at >= 0, () -> "no \"" + from + "\" in " + title);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static List<Finding> check(String text) {
        ParseResult r =
                new DisclosureParser().parse(text.getBytes(StandardCharsets.UTF_8), "budget.txt");
        DisclosureContent d = r.disclosure();
        assertNotNull(d, () -> r.report().toText());
        assertEquals(DisclosureKind.BUDGET, d.kind());
        return CHECKER.check(d);
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> hits = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, hits.size(), () -> rule + " expected once in " + findings);
        return hits.get(0);
    }

    @Test
    void acceptsTheBudgetFixtureInBothIncomeLayouts() {
        assertEquals(List.of(), check(fixture()));
        assertEquals(List.of(), check(national()));
    }

    @Test
    void acceptsAnIncomeTableWhoseTotalIncludesTheCarryOverOfTheSummary() {
        String text = national();
        text =
                changed(
                        text,
                        "部门收支总表",
                        "年初结转和结余\t0.00\t年末结转和结余\t0.00",
                        "年初结转和结余\t100,000.00\t年末结转和结余\t100,000.00");
        text =
                changed(
                        text,
                        "部门收支总表",
                        "总计\t8,377,400.00\t总计\t8,377,400.00",
                        "总计\t8,477,400.00\t总计\t8,477,400.00");
        text = changed(text, "部门收入总表", "合计\t8,377,400.00\t0.00", "合计\t8,477,400.00\t100,000.00");
        text =
                changed(
                        text,
                        "部门收入总表",
                        "行政运行\t4,056,400.00\t0.00",
                        "行政运行\t4,156,400.00\t100,000.00");
        List<Finding> findings = check(text);
        assertTrue(
                findings.stream()
                        .noneMatch(
                                f ->
                                        f.ruleId().startsWith("BUDGET-")
                                                || f.ruleId().startsWith("T02-")),
                findings::toString);
    }

    @Test
    void rejectsAnIncomeTableTotalThatDisagreesWithTheSummary() {
        String text =
                changed(
                        fixture(),
                        "部门收入总表",
                        "合计\t8,377,400.00\t8,377,400.00",
                        "合计\t8,387,400.00\t8,387,400.00");
        Finding f = only(check(text), "BUDGET-INCOME-TOTAL");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(
                "部门收入总表 合计 8,387,400.00 元，但部门收支总表 本年收入合计为 8,377,400.00 元，相差 10,000.00 元。",
                f.message());
    }

    @Test
    void rejectsAnIncomeColumnThatDisagreesWithItsSummaryLine() {
        String text =
                changed(
                        national(),
                        "部门收支总表",
                        "一、一般公共预算拨款收入\t8,377,400.00",
                        "一、一般公共预算拨款收入\t8,300,000.00");
        Finding f = only(check(text), "BUDGET-INCOME-LINES");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(
                "部门收入总表 合计的一般公共预算拨款收入 8,377,400.00 元，但部门收支总表 一般公共预算拨款收入为 8,300,000.00 元，相差"
                        + " 77,400.00 元。",
                f.message());
    }

    @Test
    void rejectsAnExpenseClassOfTheSummaryThatDisagreesWithTheExpenseTable() {
        String text =
                changed(fixture(), "部门收支总表", "二、公共安全支出\t7,656,400.00", "二、公共安全支出\t7,600,000.00");
        Finding f = only(check(text), "BUDGET-EXPENSE-CLASSES");
        assertEquals(
                "部门收支总表 204 公共安全支出 7,600,000.00 元，但部门支出总表中该类各科目之和为 7,656,400.00 元，相差 56,400.00 元。",
                f.message());
    }

    @Test
    void rejectsAGeneralBudgetRowThatDisagreesWithTheExpenseTable() {
        String text =
                changed(
                        fixture(),
                        "一般公共预算支出表",
                        "2040605\t普法宣传\t600,000.00\t0.00\t600,000.00",
                        "2040605\t普法宣传\t650,000.00\t0.00\t650,000.00");
        List<Finding> hits =
                check(text).stream()
                        .filter(f -> f.ruleId().equals("BUDGET-EXPENSE-GENERAL"))
                        .toList();
        assertEquals(2, hits.size(), hits::toString);
        assertEquals(
                "一般公共预算支出表 “2040605 普法宣传”合计 650,000.00 元，但部门支出总表同一科目的合计（收入全部为一般公共预算拨款，两者应相等）为"
                        + " 600,000.00 元，相差 50,000.00 元。",
                hits.get(0).message());
    }

    @Test
    void rejectsAGeneralBudgetRowAboveTheExpenseTableWhenOtherFundsExist() {
        // 50,000 of 政府性基金 income: the general budget may now be below the department's
        // spending, never above it
        String text =
                changed(fixture(), "部门收支总表", "二、政府性基金预算拨款收入\t0.00", "二、政府性基金预算拨款收入\t50,000.00");
        text = changed(text, "部门收支总表", "总计\t8,377,400.00", "总计\t8,427,400.00");
        text =
                changed(
                        text,
                        "一般公共预算支出表",
                        "2040605\t普法宣传\t600,000.00\t0.00\t600,000.00",
                        "2040605\t普法宣传\t650,000.00\t0.00\t650,000.00");
        List<Finding> hits =
                check(text).stream()
                        .filter(f -> f.ruleId().equals("BUDGET-EXPENSE-GENERAL"))
                        .toList();
        assertEquals(2, hits.size(), hits::toString);
        assertEquals(
                "一般公共预算支出表 “2040605 普法宣传”合计 650,000.00 元，多于部门支出总表同一科目的合计 600,000.00 元（一般公共预算拨款只是部门支出的一部分），相差"
                        + " 50,000.00 元。",
                hits.get(0).message());
    }

    @Test
    void basicExpenseAgainstPersonnelAndPublicFundsRunsOnBudgets() {
        String text =
                changed(
                        fixture(),
                        "一般公共预算基本支出表",
                        "合计\t5,037,400.00\t4,330,000.00\t707,400.00",
                        "合计\t5,037,400.00\t4,330,000.00\t717,400.00");
        Finding f = only(check(text), "T05-T06-BASIC");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(
                f.message().contains("5,037,400.00") && f.message().contains("5,047,400.00"),
                f.message());
    }

    @Test
    void threePublicSumRunsOnBudgets() {
        String text =
                changed(
                        fixture(),
                        "一般公共预算“三公”经费支出表",
                        "70,000.00\t0.00\t40,000.00",
                        "80,000.00\t0.00\t40,000.00");
        Finding f = only(check(text), "T09-SUM");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(
                f.message().contains("80,000.00") && f.message().contains("70,000.00"),
                f.message());
    }
}
