package gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.testsupport.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule with a document that breaks it and one that does not (built here or the seeds). */
class ProofRulesTest {

    private static final Inspector INSPECTOR = new Inspector(CodeList.standard());

    private static ProofInput doc(boolean budget, int year, String... paragraphs) {
        return new ProofInput(
                budget,
                year,
                "某某市司法局",
                List.of(new ProofInput.Part("OVERALL", "收支总体情况", String.join("\n", paragraphs), 0)),
                List.of(),
                SourceText.NONE);
    }

    private static List<ProofFinding> rule(String id, ProofInput input) {
        return INSPECTOR.inspect(input).stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    private static void fails(String id, ProofInput input, String... inMessage) {
        List<ProofFinding> found = rule(id, input);
        assertEquals(1, found.size(), id + ": " + found);
        for (String s : inMessage) {
            assertTrue(found.get(0).message().contains(s), found.get(0).message() + " lacks " + s);
        }
    }

    private static void passes(String id, ProofInput input) {
        assertEquals(List.of(), rule(id, input), id);
    }

    @Test
    void doubledFullStopIsFoundOnceAndSingleOnesPass() {
        fails("P01", doc(false, 2023, "本年收入合计100万元。。本年支出合计90万元。"), "。。");
        passes("P01", doc(false, 2023, "本年收入合计100万元。本年支出合计90万元……其余略。"));
    }

    @Test
    void paragraphWithoutFullStopIsFoundAndHeadingsPass() {
        fails("P02", doc(false, 2023, "2023年度收入总计100万元，与2022年度相比增加10万元，主要原因是人员增加"), "人员增加");
        passes("P02", doc(false, 2023, "（一）收入支出决算总体情况", "2023年度收入总计100万元，与2022年度相比增加10万元。"));
    }

    @Test
    void unbalancedQuotationMarkIsFoundAndPairsPass() {
        fails("P03", doc(false, 2023, "“三公”经费支出决算为0万元，“公务接待费为0万元。"), "引号", "2", "1");
        passes("P03", doc(false, 2023, "“三公”经费支出决算为0万元（无变化）。", "1)满意度指标。"));
    }

    @Test
    void budgetYearComparedWithItselfIsFound() {
        fails("Y01", doc(true, 2026, "2026年预算安排100万元，比2026年预算增加10万元。"), "2026", "2025");
        passes("Y01", doc(true, 2026, "2026年预算安排100万元，比2025年预算增加10万元。"));
        // final accounts compare their outcome with the same year's budget legitimately
        passes("Y01", doc(false, 2023, "支出决算110万元，比2023年年初预算增加10万元。"));
    }

    @Test
    void asOfAnEarlierYearInFinalAccountsIsFound() {
        fails("Y02", doc(false, 2024, "截至2023年12月31日，本单位共有车辆2辆。"), "2023", "2024");
        passes("Y02", doc(false, 2024, "截至2024年12月31日，本单位共有车辆2辆。"));
        passes("Y02", doc(true, 2026, "截至2025年12月31日，本单位共有车辆2辆。"));
    }

    @Test
    void implementationPeriodOutsideTheYearIsFound() {
        fails("Y03", doc(true, 2026, "项目实施周期：2025年1月—2025年12月。"), "2025", "2026");
        passes("Y03", doc(true, 2026, "项目实施周期：2026年1月至2026年12月。"));
    }

    @Test
    void outdatedClassNameIsFoundAndTheCurrentNamePasses() {
        fails("C01", doc(false, 2023, "医疗卫生与计划生育支出（类）20万元。"), "医疗卫生与计划生育支出", "卫生健康支出", "210");
        passes("C01", doc(false, 2023, "卫生健康支出（类）20万元。"));
    }

    @Test
    void unknownClassNameIsFoundAndShortenedNamesPass() {
        fails("C02", doc(false, 2023, "司法行政支出（类）20万元。"), "司法行政支出");
        passes("C02", doc(false, 2023, "公共安全（类）司法（款）社区矫正（项）20万元。"));
    }

    @Test
    void oneItemWithTwoAmountsInAParagraphIsFound() {
        fails("A01", doc(false, 2023, "基本支出80万元，项目支出20万元，基本支出85万元。"), "基本支出", "80万元", "85万元");
        passes("A01", doc(false, 2023, "基本支出80万元，项目支出20万元。其中：基本支出中人员经费70万元。"));
    }

    @Test
    void increaseThatIsADecreaseIsFound() {
        fails(
                "A02",
                doc(true, 2026, "2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。"),
                "增加17.62%",
                "43269.3万元",
                "减少");
        passes("A02", doc(true, 2026, "2025年当年预算执行数为100万元，2026年预算安排117.62万元，比2025年预算执行数增加17.62%。"));
        fails("A02", doc(false, 2023, "本年支出合计120万元，比上年增加20万元，增长50%。"), "20.00");
        passes("A02", doc(false, 2023, "本年支出合计120万元，比上年增加20万元，增长20%。"));
    }

    @Test
    void blankAndRepeatedPagesAndGlyphsWithoutUnicodeAreFound() {
        String page = "本部门主要职能是负责全市司法行政工作，承担全面依法治市委员会办公室的具体工作，拟订司法行政规划并组织实施，指导监督全市律师、公证、司法鉴定、仲裁工作。";
        List<String> lines = List.of("目录", page, page, "名词解释");
        ProofInput input =
                new ProofInput(
                        false,
                        2023,
                        "某某市司法局",
                        List.of(new ProofInput.Part("FUNCTIONS", "主要职能", page, 2)),
                        List.of(),
                        new SourceText(
                                lines,
                                List.of(1, 3, 4, 5),
                                5,
                                List.of(new SourceText.Glyphless(3, 2, 7))));
        fails("L01", input, "第 2 页", "目录");
        fails("L02", input, "第 4 页", "第 3 页");
        fails("L03", input, "7 个字符");
        assertEquals(3, rule("L03", input).get(0).page());
        ProofInput clean =
                new ProofInput(
                        false,
                        2023,
                        "某某市司法局",
                        List.of(),
                        List.of(),
                        new SourceText(List.of("目录", page), List.of(1, 2), 2, List.of()));
        passes("L01", clean);
        passes("L02", clean);
        passes("L03", clean);
    }

    @Test
    void repeatedParagraphIsFound() {
        String p =
                "本单位严格执行中央八项规定精神，压减一般性支出，“三公”经费支出控制在预算之内，公务接待严格按照标准执行，未发生超标准接待，车辆运行维护费用较上年有所下降，严控会议费和培训费支出。";
        fails("L04", doc(false, 2023, p, "其他。", p), "第 1 段");
        passes("L04", doc(false, 2023, p, "其他。"));
    }

    @Test
    void seedsWithAllPartsPassAndAMissingPartIsFound() {
        List<ProofFinding> seed =
                InspectionSurvey.findings(Samples.bytes(Samples.LILING_JUSTICE_BUREAU), "004.txt");
        assertEquals(List.of(), seed.stream().filter(f -> f.ruleId().startsWith("M")).toList());
        List<ProofFinding> found = rule("M01", doc(false, 2023, "2023年度收入总计100万元。"));
        List<String> items = new ArrayList<>(found.stream().map(ProofFinding::item).toList());
        assertTrue(items.containsAll(List.of("主要职能", "机构设置", "名词解释")), items.toString());
    }

    @Test
    void missingTableIsFoundByTitleAndPresentOnesPass() {
        ProofInput input =
                new ProofInput(
                        true,
                        2026,
                        "某某市司法局",
                        List.of(),
                        List.of("部门收支总表", "部门收入总表"),
                        SourceText.NONE);
        List<String> missing = rule("M02", input).stream().map(ProofFinding::item).toList();
        assertTrue(missing.contains("公开表格：部门支出总表"), missing.toString());
        assertTrue(!missing.contains("公开表格：部门收支总表"), missing.toString());
    }
}
