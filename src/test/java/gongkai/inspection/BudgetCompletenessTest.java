package gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.importer.BudgetFixtures;
import gongkai.testsupport.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which tables a disclosure must publish depends on its kind: a budget the national budget set
 * (项目支出表 and the performance targets included) or a city's titles for it, final accounts the
 * final-accounts set, which has no 项目支出表.
 */
class BudgetCompletenessTest {

    private static final Inspector INSPECTOR = new Inspector(CodeList.standard());

    private static final List<String> NATIONAL_BUDGET =
            List.of(
                    "部门收支总表",
                    "部门收入总表",
                    "部门支出总表",
                    "财政拨款收支总表",
                    "一般公共预算支出表",
                    "一般公共预算基本支出表",
                    "一般公共预算“三公”经费支出表",
                    "政府性基金预算支出表",
                    "国有资本经营预算支出表",
                    "项目支出表",
                    "项目支出绩效目标表");

    private static final List<String> FINAL_ACCOUNTS =
            List.of(
                    "收入支出决算总表",
                    "收入决算表",
                    "支出决算表",
                    "财政拨款收入支出决算总表",
                    "一般公共预算财政拨款支出决算表",
                    "一般公共预算财政拨款基本支出决算表",
                    "财政拨款“三公”经费支出决算表",
                    "政府性基金预算财政拨款收入支出决算表",
                    "国有资本经营预算财政拨款支出决算表");

    private static ProofInput input(boolean budget, List<String> titles) {
        return new ProofInput(budget, 2026, "某某市司法局", List.of(), titles, SourceText.NONE);
    }

    private static List<String> missingTables(ProofInput input) {
        return INSPECTOR.inspect(input).stream()
                .filter(f -> f.ruleId().equals("M02"))
                .map(ProofFinding::item)
                .toList();
    }

    @Test
    void aBudgetWithTheWholeNationalSetMissesNoTable() {
        assertEquals(List.of(), missingTables(input(true, NATIONAL_BUDGET)));
    }

    @Test
    void aBudgetWithoutItsProjectTableIsToldSo() {
        List<String> titles = new ArrayList<>(NATIONAL_BUDGET);
        titles.remove("项目支出表");
        List<String> missing = missingTables(input(true, titles));
        assertEquals(List.of("公开表格：项目支出表"), missing);
        List<ProofFinding> found = INSPECTOR.inspect(input(true, titles));
        Checklist.Row row = row(Checklist.of(true, found, ""), "公开表格：项目支出表");
        assertEquals("否", row.verdict());
        assertTrue(row.problemText().contains("项目支出表"), row.problemText());
    }

    @Test
    void aBudgetWithoutPerformanceTargetsIsToldSo() {
        List<String> titles = new ArrayList<>(NATIONAL_BUDGET);
        titles.remove("项目支出绩效目标表");
        assertEquals(List.of("公开表格：绩效目标表"), missingTables(input(true, titles)));
    }

    @Test
    void cityBudgetTitlesCountAsTheTablesOfTheSameMeaning() {
        List<String> shanghai =
                List.of(
                        "部门财务收支预算总表",
                        "部门收入预算总表",
                        "部门支出预算总表",
                        "部门财政拨款收支预算总表",
                        "部门一般公共预算支出功能分类预算表",
                        "部门政府性基金预算支出功能分类预算表",
                        "部门国有资本经营预算支出功能分类预算表",
                        "部门一般公共预算基本支出部门预算经济分类预算表",
                        "部门“三公”经费和机关运行经费预算表",
                        "部门项目支出预算表",
                        "部门预算项目绩效目标表");
        assertEquals(List.of(), missingTables(input(true, shanghai)));
    }

    @Test
    void finalAccountsAreNeverAskedForAProjectTableOrPerformanceTargets() {
        assertEquals(List.of(), missingTables(input(false, FINAL_ACCOUNTS)));
        List<String> none = missingTables(input(false, List.of()));
        assertEquals(9, none.size(), none::toString);
        assertTrue(none.stream().noneMatch(i -> i.contains("项目支出")), none::toString);
        assertTrue(none.stream().noneMatch(i -> i.contains("绩效目标")), none::toString);
        List<Checklist.Row> rows =
                Checklist.of(false, INSPECTOR.inspect(input(false, List.of())), "");
        assertTrue(
                rows.stream().noneMatch(r -> r.item().contains("项目支出表")),
                rows.stream().map(Checklist.Row::item).toList()::toString);
    }

    @Test
    void aFinalAccountsTitleDoesNotStandInForABudgetTable() {
        // 项目支出决算明细表 is a final-accounts table: it is not a budget's 项目支出表
        List<String> titles = new ArrayList<>(NATIONAL_BUDGET);
        titles.set(titles.indexOf("项目支出表"), "项目支出决算明细表");
        assertTrue(missingTables(input(true, titles)).contains("公开表格：项目支出表"));
        assertFalse(missingTables(input(true, NATIONAL_BUDGET)).contains("公开表格：项目支出表"));
    }

    @Test
    void anImportedBudgetWithoutItsProjectTableIsToldSo() {
        String budget =
                new String(
                        BudgetFixtures.bytes(BudgetFixtures.LILING_2023), StandardCharsets.UTF_8);
        assertEquals(
                List.of("公开表格：绩效目标表"),
                importedMissingTables(budget),
                "the fixture publishes every national table but the performance targets");
        String withoutProjects =
                budget.replace("- 十、项目支出表\n", "").replaceAll("(?s)\n项目支出表\n.*?(\n第三部分\n)", "\n$1");
        assertEquals(List.of("公开表格：项目支出表", "公开表格：绩效目标表"), importedMissingTables(withoutProjects));
    }

    @Test
    void importedFinalAccountsAreNotAskedForBudgetTables() {
        for (String seed : List.of(Samples.LILING_JUSTICE_BUREAU, Samples.NMG_JUSTICE_DEPARTMENT)) {
            List<ProofFinding> found = InspectionSurvey.findings(Samples.bytes(seed), seed);
            assertTrue(
                    found.stream().noneMatch(f -> f.ruleId().equals("M02")),
                    () -> seed + ": " + found);
        }
    }

    private static List<String> importedMissingTables(String text) {
        return InspectionSurvey.findings(text.getBytes(StandardCharsets.UTF_8), "budget.txt")
                .stream()
                .filter(f -> f.ruleId().equals("M02"))
                .map(ProofFinding::item)
                .toList();
    }

    private static Checklist.Row row(List<Checklist.Row> rows, String item) {
        return rows.stream()
                .filter(r -> r.item().equals(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError(item + " not in " + rows));
    }
}
