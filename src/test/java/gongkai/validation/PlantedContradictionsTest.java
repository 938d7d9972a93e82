package gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.StandardTable;
import gongkai.importer.DisclosureParser;
import gongkai.importer.ParseResult;
import gongkai.testsupport.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contradictions planted into a real report (醴陵市司法局 2023, seed 004; 内蒙古自治区法治宣传中心, seed 000): one
 * figure or word changed in the text, parsed by the importer and checked. Each planted change is
 * found by the rule meant for it, with a message naming both numbers; the unchanged seed has none
 * of these findings (see {@link SeedFindingsTest}).
 */
class PlantedContradictionsTest {

    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());

    /** The seed with {@code from} replaced (first occurrence, which must exist) by {@code to}. */
    static byte[] planted(String seed, String from, String to) {
        String text = new String(Samples.bytes(seed), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the seed says " + from);
        int at = text.indexOf(from);
        return (text.substring(0, at) + to + text.substring(at + from.length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<Finding> check(byte[] text) {
        ParseResult parsed = new DisclosureParser().parse(text, "planted.txt");
        assertTrue(parsed.ok(), parsed.report()::toText);
        return checker.check(parsed.disclosure());
    }

    /** The findings the planted change adds to those of the unchanged seed 004. */
    private List<Finding> planted004(String from, String to) {
        List<Finding> before = check(Samples.bytes(Samples.LILING_JUSTICE_BUREAU));
        return check(planted(Samples.LILING_JUSTICE_BUREAU, from, to)).stream()
                .filter(f -> !before.contains(f))
                .toList();
    }

    private static List<Finding> rule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void findsANarrativeTotalThatDisagreesWithTheTotalSheet() {
        List<Finding> found =
                rule(planted004("收、支总计1374.29万元", "收、支总计1474.29万元"), "NARRATIVE-TOTAL");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().contains("1,474.29 万元"), found.get(0).message());
        assertTrue(found.get(0).message().contains("1,374.29 万元"), found.get(0).message());
    }

    @Test
    void findsAShareThatDisagreesWithTheTables() {
        List<Finding> found = rule(planted004("占57.96%", "占67.96%"), "NARRATIVE-SHARE");
        assertEquals(1, found.size(), found::toString);
        assertEquals(
                "情况说明称基本支出占本年支出合计的 67.96%（“基本支出796.59万元，占67.96%”），"
                        + "但按决算表 基本支出 796.59 万元 ÷ 本年支出合计 1,374.29 万元 计算为 57.96%，相差 10.00 个百分点。",
                found.get(0).message());
    }

    @Test
    void findsAShareOfAFunctionalClassThatDisagreesWithTable05() {
        List<Finding> found = rule(planted004("占90.18%", "占80.18%"), "NARRATIVE-SHARE");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("204 公共安全支出"), found.get(0).message());
        assertTrue(found.get(0).message().contains("80.18%"), found.get(0).message());
    }

    @Test
    void findsAGrowthRateThatDoesNotFollowFromTheStatedFigures() {
        List<Finding> found = rule(planted004("增长13.61%", "增长31.61%"), "NARRATIVE-CHANGE");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("1209.61万元"), found.get(0).message());
        assertTrue(found.get(0).message().contains("13.61%"), found.get(0).message());
    }

    @Test
    void findsAnIncreaseCalledADecline() {
        List<Finding> found = rule(planted004("增长13.61%", "下降13.61%"), "NARRATIVE-CHANGE");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("增减方向自相矛盾"), found.get(0).message());
    }

    @Test
    void findsActualAboveBudgetCalledBelow() {
        List<Finding> found =
                rule(planted004("167.54%，决算数大于", "167.54%，决算数小于"), "NARRATIVE-BUDGET");
        assertEquals(1, found.size(), found::toString);
        assertEquals("情况说明称“决算数小于年初预算数”，但所述决算数 679.59万元 大于预算数 405.64万元。", found.get(0).message());
    }

    @Test
    void findsACompletionRateThatIsNotActualOverBudget() {
        List<Finding> found =
                rule(
                        check(planted(Samples.NMG_PUBLICITY_CENTRE, "380.97%", "280.97%")),
                        "NARRATIVE-BUDGET");
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).message().contains("93.68万元 ÷ 预算数 24.59万元 = 380.97%"),
                found.get(0).message());
    }

    @Test
    void findsAWrongYearInTheNarrative() {
        List<Finding> found =
                rule(planted004("2023年度收、支总计1374.29万元", "2022年度收、支总计1374.29万元"), "YEAR-NARRATIVE");
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(
                found.stream()
                        .anyMatch(
                                f ->
                                        f.location().section().equals("OVERALL")
                                                && f.message().contains("2022 年度，但本报告是 2023 年度决算")),
                found::toString);
    }

    @Test
    void findsAWrongYearInATableTitle() {
        List<Finding> found = rule(planted004("\n收入决算表\n", "\n2022年度收入决算表\n"), "YEAR-TITLE");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals(StandardTable.G02.label(), found.get(0).location().table());
        assertTrue(
                found.get(0).message().contains("2022 年，但本报告是 2023 年度决算"), found.get(0).message());
    }

    @Test
    void findsAnotherUnitsNameInTheNarrative() {
        List<Finding> found = rule(planted004("本部门2023年度机关运行经费", "攸县司法局2023年度机关运行经费"), "UNIT-NAME");
        assertEquals(1, found.size(), found::toString);
        assertEquals("文中写的单位是“攸县司法局”，但本报告的单位是“醴陵市司法局”。", found.get(0).message());
    }

    @Test
    void theUnchangedSeedsGiveNoErrorAndNoneOfTheArithmeticFindings() {
        for (String seed :
                List.of(
                        Samples.NMG_PUBLICITY_CENTRE,
                        Samples.NMG_JUSTICE_DEPARTMENT,
                        Samples.LILING_JUSTICE_BUREAU)) {
            List<Finding> findings = check(Samples.bytes(seed));
            assertTrue(
                    findings.stream().noneMatch(f -> f.severity() == Severity.ERROR),
                    findings::toString);
            assertEquals(List.of(), rule(findings, "NARRATIVE-CHANGE"), seed);
            assertEquals(List.of(), rule(findings, "NARRATIVE-BUDGET"), seed);
            assertEquals(List.of(), rule(findings, "UNIT-NAME"), seed);
            assertEquals(List.of(), rule(findings, "YEAR-TITLE"), seed);
        }
    }
}
