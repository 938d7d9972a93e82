package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.StandardTable;
import gongkai.importer.text.TableTitles;
import gongkai.validation.ConsistencyChecker;
import gongkai.validation.Finding;
import gongkai.validation.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budgets (部门预算) go through the final accounts' recognition core, told apart by their titles. */
class BudgetRecognitionTest {

    private static final ConsistencyChecker CHECKER = new ConsistencyChecker(CodeList.standard());

    @Test
    void nationalBudgetTitlesMapToTheTablesOfTheSameMeaning() {
        Map<String, StandardTable> national =
                Map.ofEntries(
                        Map.entry("一、部门收支总表", StandardTable.G01),
                        Map.entry("部门收入总表", StandardTable.G02),
                        Map.entry("醴陵市司法局2023年部门支出总表", StandardTable.G03),
                        Map.entry("财政拨款收支总表", StandardTable.G04),
                        Map.entry("表五 一般公共预算支出表", StandardTable.G05),
                        Map.entry("一般公共预算基本支出表", StandardTable.G06),
                        Map.entry("一般公共预算“三公”经费支出表", StandardTable.G09),
                        Map.entry("政府性基金预算支出表", StandardTable.G07),
                        Map.entry("国有资本经营预算支出表", StandardTable.G08),
                        Map.entry("项目支出表", StandardTable.PROJECT_DETAIL));
        national.forEach(
                (title, table) -> {
                    assertEquals(table, TableTitles.match(title), title);
                    assertTrue(TableTitles.isBudgetTitle(title), title);
                });
    }

    @Test
    void shanghaiBudgetTitlesMapToTheTablesOfTheSameMeaning() {
        Map<String, StandardTable> shanghai =
                Map.ofEntries(
                        Map.entry("部门财务收支预算总表", StandardTable.G01),
                        Map.entry("部门收入预算总表", StandardTable.G02),
                        Map.entry("部门支出预算总表", StandardTable.G03),
                        Map.entry("部门财政拨款收支预算总表", StandardTable.G04),
                        Map.entry("部门一般公共预算支出功能分类预算表", StandardTable.G05),
                        Map.entry("部门政府性基金预算支出功能分类预算表", StandardTable.G07),
                        Map.entry("部门国有资本经营预算支出功能分类预算表", StandardTable.G08),
                        Map.entry("部门一般公共预算基本支出部门预算经济分类预算表", StandardTable.G06),
                        Map.entry("上海市普陀区司法局部门“三公”经费和机关运行经费预算表", StandardTable.G09));
        shanghai.forEach(
                (title, table) -> {
                    assertEquals(table, TableTitles.match(title), title);
                    assertTrue(TableTitles.isBudgetTitle(title), title);
                });
    }

    @Test
    void finalAccountsTitlesAreNotBudgetTitles() {
        for (String title :
                List.of("收入支出决算总表", "一般公共预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表", "一般公共预算财政拨款基本支出决算表")) {
            assertFalse(TableTitles.isBudgetTitle(title), title);
        }
    }

    @Test
    void theSeedsAreFinalAccountsAndTheBudgetFixtureIsABudget() {
        for (String seed : Seeds.ALL) {
            assertEquals(
                    DisclosureKind.FINAL_ACCOUNTS, Seeds.parse(seed).disclosure().kind(), seed);
        }
        assertEquals(DisclosureKind.BUDGET, budget().kind());
    }

    @Test
    void aBudgetIsToldByItsTitleAlone() {
        String text = "醴陵市司法局2024年部门预算\n\n一、部门职责\n负责全市司法行政工作。\n";
        DisclosureContent d = parse(text);
        assertEquals(DisclosureKind.BUDGET, d.kind());
        assertEquals(2024, d.fiscalYear());
        assertEquals("醴陵市司法局", d.unitName());
        String accounts = "醴陵市司法局2024年度部门决算\n\n一、部门职责\n负责全市司法行政工作，与年初预算相比有所增加。\n";
        assertEquals(DisclosureKind.FINAL_ACCOUNTS, parse(accounts).kind());
    }

    @Test
    void readsTheNationalBudgetTablesWithTheirFigures() {
        DisclosureContent d = budget();
        assertEquals("醴陵市司法局", d.unitName());
        assertEquals(2023, d.fiscalYear());
        assertEquals(
                List.of(
                        StandardTable.G01,
                        StandardTable.G02,
                        StandardTable.G03,
                        StandardTable.G04,
                        StandardTable.G05,
                        StandardTable.G06,
                        StandardTable.G09,
                        StandardTable.G07,
                        StandardTable.G08,
                        StandardTable.PROJECT_DETAIL),
                d.tables().stream().map(DisclosureContent.Table::kind).toList());
        assertEquals(yuan("600000.00"), amount(d, StandardTable.G05, "2040605", "total"));
        assertEquals(yuan("7656400.00"), amount(d, StandardTable.G05, "204", "total"));
        assertEquals(yuan("5037400.00"), amount(d, StandardTable.G03, "本年支出合计", "basic"));
        assertEquals(yuan("4330000.00"), amount(d, StandardTable.G06, "人员经费合计", "amount"));
        assertEquals(yuan("707400.00"), amount(d, StandardTable.G06, "公用经费合计", "amount"));
        assertEquals(yuan("70000.00"), amount(d, StandardTable.G09, "三公经费合计", "budget_total"));
        assertEquals(
                null,
                amount(d, StandardTable.G09, "三公经费合计", "actual_total"),
                "a budget's 三公 figures are its 预算数");
        assertTrue(
                d.tables().stream().noneMatch(t -> t.kind() == StandardTable.PROSE),
                "a budget's 预算安排 paragraphs are not outcomes");
    }

    @Test
    void theBudgetFixturePassesTheConsistencyChecks() {
        List<Finding> errors =
                CHECKER.check(budget()).stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void flagsABudgetWhoseBasicExpenditureIsNotPersonnelPlusPublicFunds() {
        String text =
                fixture()
                        .replace(
                                "\t合计\t5,037,400.00\t4,330,000.00\t707,400.00",
                                "\t合计\t5,037,400.00\t4,300,000.00\t707,400.00");
        List<String> rules = CHECKER.check(parse(text)).stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("T05-T06-BASIC"), rules::toString);
    }

    @Test
    void flagsABudgetWhoseItemsDoNotAddUpToTheirSection() {
        String text =
                fixture()
                        .replace(
                                "20406\t司法\t7,656,400.00\t4,316,400.00\t3,340,000.00",
                                "20406\t司法\t7,756,400.00\t4,416,400.00\t3,340,000.00");
        List<String> rules = CHECKER.check(parse(text)).stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("CODE-LEVEL-SUM"), rules::toString);
    }

    @Test
    void flagsABudgetWhoseThreePublicTotalIsNotItsParts() {
        String text =
                fixture()
                        .replace(
                                "70,000.00\t0.00\t40,000.00\t0.00\t40,000.00\t30,000.00",
                                "80,000.00\t0.00\t40,000.00\t0.00\t40,000.00\t30,000.00");
        List<String> rules = CHECKER.check(parse(text)).stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("T09-SUM"), rules::toString);
    }

    static DisclosureContent budget() {
        return parse(fixture());
    }

    static String fixture() {
        return new String(BudgetFixtures.bytes(BudgetFixtures.LILING_2023), StandardCharsets.UTF_8);
    }

    static DisclosureContent parse(String text) {
        ParseResult r = BudgetFixtures.parse(text.getBytes(StandardCharsets.UTF_8), "budget.txt");
        assertNotNull(r.disclosure(), () -> r.report().toText());
        return r.disclosure();
    }

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    static BigDecimal amount(DisclosureContent d, StandardTable table, String code, String column) {
        return d.tables().stream()
                .filter(t -> t.kind() == table)
                .flatMap(t -> t.rows().stream())
                .filter(r -> code.equals(r.code()) && r.amounts().containsKey(column))
                .map(r -> r.amounts().get(column))
                .findFirst()
                .orElse(null);
    }
}
