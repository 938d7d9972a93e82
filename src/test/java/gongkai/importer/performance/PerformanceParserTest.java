package gongkai.importer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The self-evaluation tables of the seed documents, read with exact figures, in both text layouts.
 */
public class PerformanceParserTest {

    static final Path SEEDS = Path.of("src/main/resources/samples");
    static final String DOC_001 = "001_d044bc1c4c23d84f.txt";

    static List<String> seed(String name) throws IOException {
        Path path = SEEDS.resolve(name);
        assertTrue(
                Files.isRegularFile(path),
                "seed document missing: "
                        + path.toAbsolutePath()
                        + " (tests run from the repository root and read the shipped samples in src/main/resources/samples)");
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }

    /** All tables of a document, as DisclosureParser would find them. */
    public static List<PerformanceParser.Block> blocks(
            List<String> lines, ImportReport.Builder report) {
        List<PerformanceParser.Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (PerformanceParser.isPerformanceTableStart(lines.get(i))) {
                PerformanceParser.Block b = PerformanceParser.parse(lines, i, report);
                blocks.add(b);
                i = b.end() - 1;
            }
        }
        return blocks;
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static DisclosureContent.Indicator ind(
            String l1,
            String l2,
            String name,
            String nature,
            String direction,
            String target,
            String actual,
            String unit,
            String weight,
            String score,
            String reason) {
        return new DisclosureContent.Indicator(
                l1, l2, name, nature, direction, target, actual, unit, d(weight), d(score), reason);
    }

    @Test
    void recognisesTableTitlesButNotProseMentioningThem() {
        assertTrue(PerformanceParser.isPerformanceTableStart("\t项目支出绩效自评表"));
        assertTrue(PerformanceParser.isPerformanceTableStart("部门整体支出绩效自评表"));
        assertTrue(PerformanceParser.isPerformanceTableStart("附件1：项目支出绩效自评表"));
        assertTrue(PerformanceParser.isPerformanceTableStart("附件2:部门整体支出绩效自评表（2023年度）"));
        assertTrue(PerformanceParser.isPerformanceTableStart("项目支出绩效自评表(2023年度）"));
        assertTrue(PerformanceParser.isPerformanceTableStart("2023年度醴陵市司法局部门（单位）整体支出绩效自评表"));
        assertTrue(PerformanceParser.isPerformanceTableStart("项目支出绩效自评表\t\t\t"));
        assertFalse(PerformanceParser.isPerformanceTableStart("详见附件项目支出绩效自评表。"));
        assertFalse(PerformanceParser.isPerformanceTableStart("一、2023年度部门(单位)整体支出绩效自评报告。"));
        assertFalse(PerformanceParser.isPerformanceTableStart("组织对14个项目开展绩效自评，填报项目支出绩效自评表，结果如下"));
        assertFalse(PerformanceParser.isPerformanceTableStart(""));
        assertFalse(PerformanceParser.isPerformanceTableStart(null));
    }

    @Test
    void readsEveryFieldOfThePufaTableIn001() throws IOException {
        List<String> lines = seed(DOC_001);
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        PerformanceParser.Block block = PerformanceParser.parse(lines, 210, report);
        DisclosureContent.Project p = block.project();

        assertFalse(p.overall());
        assertFalse(p.fromProse());
        assertEquals(211, p.line());
        assertEquals("普法专项经费", p.name());
        assertEquals("内蒙古自治区司法厅部门", p.department());
        assertEquals("内蒙古自治区司法厅", p.implementer());
        // 万元 in the table, 元 in the model: exact, no rounding.
        assertEquals(d("8921400.00"), p.initialBudget());
        assertEquals(d("8927700.00"), p.annualBudget());
        assertEquals(d("8921300.00"), p.executed());
        assertEquals(d("8910000.00"), p.annualBudgetFiscal());
        assertEquals(d("8903600.00"), p.executedFiscal());
        assertEquals(d("17700.00"), p.annualBudgetCarryover());
        assertEquals(d("17700.00"), p.executedCarryover());
        assertEquals(d("0.00"), p.annualBudgetOther());
        assertEquals(d("0.00"), p.executedOther());
        assertEquals(d("99.93"), p.executionRate());
        assertEquals(d("10"), p.executionWeight());
        assertEquals(d("9.99"), p.executionScore());
        assertEquals(d("100"), p.totalWeight());
        assertEquals(d("98.25"), p.totalScore());
        String goal =
                "通过普法宣传，有效提高公民法律意识和法律素质，增强各级领导和公职人员的法治理念，提高依法执政、依法行政能力；"
                        + "增强政府和社会组织依法管理和服务社会的能力；提高（嘎查村、社区）基层事务管理和服务的民主法治化水平；"
                        + "增强青少年学法用法意识；创新普法形式手段；推进法治文化优化升级";
        assertEquals(goal, p.goalPlanned());
        assertEquals(goal, p.goalActual());
        assertNull(p.summary());

        String out = "产出指标";
        String effect = "效益指标";
        List<DisclosureContent.Indicator> expected =
                List.of(
                        ind(
                                out,
                                "数量指标",
                                "举办全区普法宣传培训班",
                                "正向",
                                "大于等于",
                                "3",
                                "4",
                                "次",
                                "3",
                                "3",
                                null),
                        ind(
                                out,
                                "数量指标",
                                "普法宣传主题活动开展场次",
                                "正向",
                                "大于等于",
                                "2",
                                "6",
                                "场",
                                "3",
                                "3",
                                null),
                        ind(
                                out,
                                "数量指标",
                                "持续更新微信公众号普法内容",
                                "正向",
                                "大于等于",
                                "100",
                                "600",
                                "期",
                                "3",
                                "3",
                                null),
                        ind(
                                out,
                                "数量指标",
                                "普法宣传书籍",
                                "正向",
                                "大于等于",
                                "1.5",
                                "0.62",
                                "万册",
                                "3",
                                "1.3",
                                "普法宣传活动中赠书环节较少,下一步将加大赠书力度和范围,提升普法书籍覆盖率."),
                        ind(
                                out,
                                "质量指标",
                                "普法宣传培训学员合格率",
                                "正向",
                                "等于",
                                "100",
                                "100",
                                "%",
                                "4",
                                "4",
                                null),
                        ind(
                                out,
                                "质量指标",
                                "普法活动群众参与度",
                                "正向",
                                "大于等于",
                                "90",
                                "92",
                                "%",
                                "4",
                                "4",
                                null),
                        ind(
                                out,
                                "质量指标",
                                "法治宣传大众点击率",
                                "正向",
                                "大于等于",
                                "120",
                                "22000",
                                "万",
                                "4",
                                "4",
                                null),
                        ind(out, "质量指标", "法宣传覆盖率", "正向", "大于等于", "90", "92", "%", "4", "4", null),
                        ind(
                                out,
                                "质量指标",
                                "重点对象法律知识普及率",
                                "正向",
                                "大于等于",
                                "80",
                                "90",
                                "%",
                                "3",
                                "3",
                                null),
                        ind(
                                out,
                                "时效指标",
                                "普法宣传培训及时性",
                                "正向",
                                "等于",
                                "100",
                                "100",
                                "%",
                                "2",
                                "2",
                                null),
                        ind(
                                out,
                                "时效指标",
                                "法治宣传品制作及时",
                                "正向",
                                "大于等于",
                                "4",
                                "4",
                                "月/部",
                                "2",
                                "2",
                                null),
                        ind(
                                out,
                                "时效指标",
                                "微信公众号法律知识更新及时性",
                                "反向",
                                "小于等于",
                                "2023",
                                "2023",
                                "年",
                                "4",
                                "4",
                                null),
                        ind(
                                out,
                                "时效指标",
                                "普法宣传活动时效性",
                                "反向",
                                "小于等于",
                                "2023",
                                "2023",
                                "年",
                                "4",
                                "4",
                                null),
                        ind(
                                out,
                                "成本指标",
                                "培训成本",
                                "反向",
                                "小于等于",
                                "86.4",
                                "87.19",
                                "万",
                                "4",
                                "3.96",
                                "超出年度目标值0.79万元。"),
                        ind(out, "成本指标", "普法宣传成本", "反向", "小于等于", "713", "713", "万", "3", "3", null),
                        ind(
                                effect,
                                "社会效益",
                                "微信公众号关注量",
                                "正向",
                                "大于等于",
                                "10",
                                "66.7",
                                "万人",
                                "7",
                                "7",
                                null),
                        ind(
                                effect,
                                "社会效益",
                                "增强群众法治观念推进法治社会建设",
                                "定性",
                                null,
                                "效果明显",
                                "效果明显",
                                null,
                                "7",
                                "7",
                                null),
                        ind(
                                effect,
                                "可持续影响",
                                "普法宣传对公民增强法律意识的影响",
                                "定性",
                                null,
                                "持续有效",
                                "持续有效",
                                null,
                                "8",
                                "8",
                                null),
                        ind(
                                effect,
                                "可持续影响",
                                "长效管理机制健全性",
                                "定性",
                                null,
                                "健全",
                                "健全",
                                null,
                                "8",
                                "8",
                                null),
                        ind(
                                "满意度指标",
                                "服务对象满意度",
                                "普法宣传受众人群满意度",
                                "正向",
                                "大于等于",
                                "95",
                                "96",
                                "%",
                                "10",
                                "10",
                                null));
        assertEquals(expected.size(), p.indicators().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), p.indicators().get(i), "indicator " + (i + 1));
        }
        // Scores add up (9.99 + 88.26 = 98.25): nothing to report.
        assertEquals(List.of(), report.build(null).warnings());
    }

    @Test
    void endsTheBlockBeforeTheNarrativeResumes() throws IOException {
        List<String> lines = seed(DOC_001);
        PerformanceParser.Block block =
                PerformanceParser.parse(lines, 210, new ImportReport.Builder(DOC_001));
        // The 总分 row is lines 549–551; only blank lines separate the table from "2.行政复议经费项目自评综述".
        assertTrue(block.end() > 550 && block.end() <= 554, "end " + block.end());
        for (int i = block.end(); i < 554; i++) {
            assertTrue(lines.get(i).isBlank(), "line " + (i + 1) + " should be blank");
        }
        assertTrue(lines.get(554).startsWith("2.行政复议经费项目自评综述"));

        List<PerformanceParser.Block> all = blocks(lines, new ImportReport.Builder(DOC_001));
        PerformanceParser.Block last = all.get(all.size() - 1);
        int next = last.end();
        while (lines.get(next).isBlank()) {
            next++;
        }
        assertTrue(
                lines.get(next).replace('\u00A0', ' ').strip().startsWith("（三）单位项目绩效评价结果"),
                lines.get(next));
    }

    @Test
    void findsTheFiveSelfEvaluationTablesOf001() throws IOException {
        List<String> lines = seed(DOC_001);
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        List<DisclosureContent.Project> projects =
                blocks(lines, report).stream().map(PerformanceParser.Block::project).toList();

        assertEquals(
                List.of("普法专项经费", "行政复议经费", "依法治区经费", "“数字法治 智慧司法”信息化运维费", "国家统一法律职业资格考试经费"),
                projects.stream().map(DisclosureContent.Project::name).toList());
        assertEquals(
                List.of(211, 557, 903, 1183, 1437),
                projects.stream().map(DisclosureContent.Project::line).toList());
        assertEquals(
                List.of(20, 20, 15, 13, 15),
                projects.stream().map(p -> p.indicators().size()).toList());
        assertEquals(
                List.of(d("98.25"), d("100"), d("95"), d("100"), d("100")),
                projects.stream().map(DisclosureContent.Project::totalScore).toList());
        assertTrue(
                projects.stream().allMatch(p -> d("100").equals(p.totalWeight()) && !p.overall()));

        DisclosureContent.Project review = projects.get(1);
        assertEquals(d("2050200.00"), review.initialBudget());
        assertEquals(d("2050200.00"), review.annualBudget());
        assertEquals(d("2050200.00"), review.executed());
        assertEquals(d("1970000.00"), review.annualBudgetFiscal());
        assertEquals(d("80200.00"), review.executedCarryover());
        assertEquals(d("100.00"), review.executionRate());
        assertEquals(
                ind("产出指标", "成本指标", "行政复议培训费", "反向", "小于等于", "40", "40", "万元", "2", "2", null),
                review.indicators().get(12));
        assertEquals(
                ind("效益指标", "可持续影响", "建立质量长效机制", "定性", null, "长期", "长期有效", null, "10", "10", null),
                review.indicators().get(18));

        DisclosureContent.Project rule = projects.get(2);
        assertEquals(d("1970000.00"), rule.initialBudget());
        assertEquals(d("1970700.00"), rule.annualBudget());
        assertEquals(d("1970700.00"), rule.executed());
        assertEquals(d("700.00"), rule.annualBudgetCarryover());
        DisclosureContent.Indicator briefs = rule.indicators().get(0);
        assertEquals("联编制全面依法治区简报", briefs.name());
        assertEquals("6", briefs.targetValue());
        assertEquals("2", briefs.actualValue());
        assertEquals(d("5"), briefs.weight());
        assertEquals(d("3"), briefs.score());
        assertTrue(briefs.deviationReason().startsWith("根据自治区党办精简简报相关要求"));

        DisclosureContent.Project it = projects.get(3);
        assertEquals(d("1000000.00"), it.initialBudget());
        assertEquals(d("1381000.00"), it.annualBudget());
        assertEquals(d("381000.00"), it.executedCarryover());
        assertEquals("系统维护成本", it.indicators().get(8).name());
        assertEquals("138.1", it.indicators().get(8).actualValue());

        DisclosureContent.Project exam = projects.get(4);
        assertEquals(d("5602500.00"), exam.annualBudget());
        assertEquals(d("5602500.00"), exam.executed());
        assertEquals(
                ind("效益指标", "经济效益", "收取考生报名费", "正向", "大于等于", "500", "657.7", "万元", "8", "8", null),
                exam.indicators().get(10));
        assertEquals(
                ind(
                        "满意度指标",
                        "服务对象满意度",
                        "法律职业资格考试考生满意度",
                        "正向",
                        "大于等于",
                        "90",
                        "100",
                        "%",
                        "10",
                        "10",
                        null),
                exam.indicators().get(14));

        // Every total equals the indicator scores plus the 执行率 score.
        assertEquals(List.of(), report.build(null).warnings());
    }

    @Test
    void documentsWithoutTablesHaveNone() throws IOException {
        for (String name : List.of("000_326f025586c0027f.txt", "004_eb0cd755c809d774.txt")) {
            assertEquals(0, blocks(seed(name), new ImportReport.Builder(name)).size(), name);
        }
    }

    /**
     * The same table with each row on one line and its cells joined by tabs (the other layout that
     * extraction produces): cell lines start with a tab, lines without one continue the cell above.
     */
    static List<String> asTabRows(List<String> cellLines) {
        List<String> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (String line : cellLines) {
            if (line.isEmpty()) {
                if (!cells.isEmpty()) {
                    out.add(String.join("\t", cells));
                    cells.clear();
                }
                out.add("");
            } else if (line.startsWith("\t") || cells.isEmpty()) {
                cells.add(line.startsWith("\t") ? line.substring(1) : line);
            } else {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + line.strip());
            }
        }
        if (!cells.isEmpty()) {
            out.add(String.join("\t", cells));
        }
        return out;
    }

    @Test
    void tabSeparatedLayoutGivesTheSameProject() throws IOException {
        List<String> lines = seed(DOC_001);
        ImportReport.Builder cellReport = new ImportReport.Builder("cells");
        PerformanceParser.Block cellBlock = PerformanceParser.parse(lines, 210, cellReport);

        // Same position in the document, the table rewritten row by row.
        List<String> tabbed = new ArrayList<>(lines.subList(0, 210));
        tabbed.addAll(asTabRows(lines.subList(210, 553)));
        int tableEnd = tabbed.size();
        tabbed.addAll(lines.subList(553, 600));
        assertTrue(tabbed.contains("\t年度资金总额\t892.14\t892.77\t892.13\t10\t99.93\t9.99"));

        ImportReport.Builder tabReport = new ImportReport.Builder("tabs");
        PerformanceParser.Block tabBlock = PerformanceParser.parse(tabbed, 210, tabReport);
        assertEquals(cellBlock.project(), tabBlock.project());
        // Only blank lines between the block's end and "2.行政复议经费项目自评综述".
        assertTrue(
                tabBlock.end() <= tableEnd + 1 && tabBlock.end() > tableEnd - 3,
                "end " + tabBlock.end());
        assertTrue(tabbed.subList(tabBlock.end(), tableEnd + 1).stream().allMatch(String::isBlank));
        assertTrue(tabbed.get(tableEnd + 1).startsWith("2.行政复议经费项目自评综述"));
        assertEquals(List.of(), tabReport.build(null).warnings());

        // Without the blank lines between rows, too.
        List<String> dense = new ArrayList<>(lines.subList(0, 210));
        asTabRows(lines.subList(210, 553)).stream().filter(l -> !l.isEmpty()).forEach(dense::add);
        dense.add("2.行政复议经费项目自评综述：根据年初设定的绩效目标，项目自评得分100分。");
        PerformanceParser.Block denseBlock =
                PerformanceParser.parse(dense, 210, new ImportReport.Builder("dense"));
        assertEquals(cellBlock.project(), denseBlock.project());
        assertEquals(dense.size() - 1, denseBlock.end());
    }

    /**
     * A table printed without rules, as the PDF reader gives it: one row per printed line, so the
     * title wrapped in a narrow cell takes three lines and two-line cells, centred in their row,
     * leave a piece above and a piece below the row's own line; after a page break a merged cell
     * printed wide leaves blank cells between the 二级指标 and the name.
     */
    @Test
    void joinsCellsThatAPlainPrintWrapsOverLines() {
        List<String> lines =
                List.of(
                        "项目支出绩效自",
                        "评表",
                        "(2023年度）",
                        "项目名称\t普法专项经费\t\t\t\t\t\t\t\t\t\t",
                        "项目资金\t\t\t\t全年执行\t\t执行率（%\t\t\t\t\t",
                        "\t\t年初预算数\t全年预算数\t\t分值\t\t得分\t\t\t\t",
                        "（万元）\t\t\t\t数\t\t）\t\t\t\t\t",
                        "\t年度资金总额\t892.14\t892.77\t892.13\t10\t99.93\t9.99\t\t\t\t",
                        "\t其中：财政拨款\t892.14\t891.00\t890.36\t——\t99.93\t——\t\t\t\t",
                        "\t\t\t\t\t指标方\t\t实际完成\t计量单\t\t\t",
                        "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t\t年度指标值\t\t\t分值\t得分\t偏差原因分析及改进措施",
                        "\t\t\t\t\t向\t\t值\t位\t\t\t",
                        "\t\t\t持续更新微信公众号普法内\t\t大于等\t\t\t\t\t\t",
                        "绩效指标\t产出指标\t数量指标\t\t正向\t\t100\t600\t期\t3\t3\t",
                        "\t\t\t容\t\t于\t\t\t\t\t\t",
                        "\t\t\t时效指标\t\t普法宣传培训及时性\t正向\t等于\t100\t100\t%\t2\t2\t",
                        "总分\t\t100\t\t98.25\t\t\t\t\t\t\t",
                        "2.行政复议经费项目自评综述：根据年初设定的绩效目标，项目自评得分100分。");
        assertEquals(3, PerformanceParser.titleLines(lines, 0));
        ImportReport.Builder report = new ImportReport.Builder("plain");
        PerformanceParser.Block block = PerformanceParser.parse(lines, 0, report);
        DisclosureContent.Project p = block.project();
        assertEquals("普法专项经费", p.name());
        assertEquals(0, d("8921400").compareTo(p.initialBudget()));
        assertEquals(0, d("8927700").compareTo(p.annualBudget()));
        assertEquals(0, d("8921300").compareTo(p.executed()));
        assertEquals(0, d("8910000").compareTo(p.annualBudgetFiscal()));
        assertEquals(0, d("99.93").compareTo(p.executionRate()));
        assertEquals(
                List.of(
                        ind(
                                "产出指标",
                                "数量指标",
                                "持续更新微信公众号普法内容",
                                "正向",
                                "大于等于",
                                "100",
                                "600",
                                "期",
                                "3",
                                "3",
                                null),
                        ind(
                                "产出指标",
                                "时效指标",
                                "普法宣传培训及时性",
                                "正向",
                                "等于",
                                "100",
                                "100",
                                "%",
                                "2",
                                "2",
                                null)),
                p.indicators());
        assertEquals(0, d("98.25").compareTo(p.totalScore()));
        assertEquals(lines.size() - 1, block.end());
        // the excerpt's total covers indicators left out here; every row was placed
        assertTrue(
                report.build(null).warnings().stream().noneMatch(w -> w.message().contains("无法识别")),
                () -> report.build(null).warnings().toString());
    }

    @Test
    void readsAnOverallTableWithAmountsInYuan() {
        List<String> lines =
                List.of(
                        "附件2：部门整体支出绩效自评表（2023年度）",
                        "部门（单位）名称\t醴陵市司法局",
                        "主管部门：醴陵市 人民政府\t实施单位\t醴陵市司法局",
                        "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                        "项目资金（元）\t年度资金总额\t8,377,400.00\t13,199,144.81\t13,199,144.81\t10\t100%\t10",
                        "\t其中：财政拨款\t8,377,400.00\t13,199,144.81\t13,199,144.81\t——\t100%\t——",
                        "\t上年结转资金\t0.00\t0.00\t0.00\t——\t——\t——",
                        "年度总体目标\t预期目标\t实际完成情况",
                        "\t保障机构运转，完成年度重点工作\t已完成",
                        "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t年度指标值\t实际完成值\t计量单位\t分值\t得分\t偏差原因分析及改进措施",
                        "\t产出指标\t数量指标\t办理法律援助案件\t正向\t大于等于\t500\t674\t件\t25\t25\t",
                        // The merged 一级/二级 cells are dropped by this extraction: the row is
                        // shorter.
                        "普法宣传活动场次\t正向\t大于等于\t150\t200\t场次\t25\t25\t",
                        "\t效益指标\t社会效益\t群众法治意识\t定性\t\t提高\t提高\t\t30\t28\t宣传覆盖面仍需扩大",
                        "\t满意度指标\t服务对象满意度\t群众满意度\t正向\t大于等于\t90\t95\t%\t10\t10\t",
                        "总分\t100\t98\t优",
                        "",
                        "第四部分 名词解释");
        ImportReport.Builder report = new ImportReport.Builder("overall");
        PerformanceParser.Block block = PerformanceParser.parse(lines, 0, report);
        DisclosureContent.Project p = block.project();

        assertTrue(p.overall());
        assertEquals("醴陵市司法局", p.name());
        assertEquals("醴陵市 人民政府", p.department());
        assertEquals("醴陵市司法局", p.implementer());
        assertEquals(d("8377400.00"), p.initialBudget());
        assertEquals(d("13199144.81"), p.annualBudget());
        assertEquals(d("13199144.81"), p.executedFiscal());
        assertEquals(d("0.00"), p.executedCarryover());
        assertNull(p.annualBudgetOther());
        assertEquals(d("100"), p.executionRate());
        assertEquals("保障机构运转，完成年度重点工作", p.goalPlanned());
        assertEquals("已完成", p.goalActual());
        assertEquals(4, p.indicators().size());
        assertEquals(
                ind("产出指标", "数量指标", "普法宣传活动场次", "正向", "大于等于", "150", "200", "场次", "25", "25", null),
                p.indicators().get(1));
        assertEquals(
                ind(
                        "效益指标",
                        "社会效益",
                        "群众法治意识",
                        "定性",
                        null,
                        "提高",
                        "提高",
                        null,
                        "30",
                        "28",
                        "宣传覆盖面仍需扩大"),
                p.indicators().get(2));
        assertEquals(d("100"), p.totalWeight());
        assertEquals(d("98"), p.totalScore());
        assertEquals(15, block.end());
        assertEquals(List.of(), report.build(null).warnings());
    }

    @Test
    void overallTableWithoutUnitNameIsNamedAfterTheTable() {
        List<String> lines =
                List.of(
                        "部门整体支出绩效自评表",
                        "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t年度指标值\t实际完成值\t计量单位\t分值\t得分",
                        "\t产出指标\t数量指标\t案件\t正向\t大于等于\t1\t1\t件\t90\t90",
                        "总分\t90\t90");
        DisclosureContent.Project p =
                PerformanceParser.parse(lines, 0, new ImportReport.Builder("x")).project();
        assertTrue(p.overall());
        assertEquals("部门整体支出", p.name());
    }

    @Test
    void warnsWhenTheTotalDiffersFromTheScores() throws IOException {
        List<String> lines = new ArrayList<>(seed(DOC_001));
        assertEquals("\t98.25", lines.get(550));
        lines.set(550, "\t97.25");
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        PerformanceParser.parse(lines, 210, report);
        List<ImportReport.Message> warnings = report.build(null).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(549, warnings.get(0).line());
        assertTrue(
                warnings.get(0).message().contains("97.25")
                        && warnings.get(0).message().contains("98.25"),
                warnings.get(0).message());
    }

    @Test
    void warnsAboutNumbersThatDoNotParseAndRowsItCannotPlace() throws IOException {
        List<String> lines = new ArrayList<>(seed(DOC_001));
        assertEquals("\t1.3", lines.get(337));
        lines.set(337, "\t一点三");
        assertEquals("\t892.77", lines.get(234));
        lines.set(234, "\t892.7x");
        lines.add(213, "");
        lines.add(213, "\t填报说明");
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        DisclosureContent.Project p = PerformanceParser.parse(lines, 210, report).project();
        assertNull(p.annualBudget());
        assertNull(p.indicators().get(3).score());
        List<ImportReport.Message> warnings = report.build(null).warnings();
        assertTrue(
                warnings.stream().anyMatch(w -> w.line() == 214 && w.message().contains("填报说明")),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.line() == 234 && w.message().contains("892.7x")),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.line() == 330 && w.message().contains("一点三")),
                warnings.toString());
        // The missing 1.3 makes the total disagree, too.
        assertTrue(
                warnings.stream().anyMatch(w -> w.message().contains("总分")), warnings.toString());
    }

    @Test
    void randomAndTruncatedInputNeverThrows() throws IOException {
        List<String> doc = seed(DOC_001);
        List<String> table = doc.subList(210, 553);
        // Truncated tables, in both layouts.
        for (int cut = 0; cut <= table.size(); cut += 7) {
            List<String> part = new ArrayList<>(table.subList(0, cut));
            part.add(0, "\t项目支出绩效自评表");
            checkParses(part, 0);
            checkParses(asTabRows(part), 0);
        }
        // Random lines made of table vocabulary, numbers, tabs and prose.
        String[] vocab = {
            "项目支出绩效自评表",
            "部门整体支出绩效自评表",
            "项目名称",
            "主管部门",
            "实施单位",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率（%）",
            "得分",
            "年度资金总额",
            "其中：财政拨款",
            "上年结转资金",
            "其他资金",
            "年度总体目标",
            "预期目标",
            "三级指标",
            "一级指标",
            "二级指标",
            "指标性质",
            "正向",
            "定性",
            "大于等于",
            "总分",
            "合计",
            "——",
            "",
            "\t",
            "892.77",
            "1,2.3",
            "-",
            "abc",
            "（万元）",
            "(2023年度）",
            "2.行政复议经费项目自评综述：",
            "第三部分",
            "\t\t",
            "万元",
            "%"
        };
        Random random = new Random(20231231L);
        for (int round = 0; round < 2000; round++) {
            List<String> lines = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                StringBuilder line = new StringBuilder();
                int cells = random.nextInt(5);
                for (int c = 0; c < cells; c++) {
                    if (random.nextBoolean()) {
                        line.append('\t');
                    }
                    line.append(vocab[random.nextInt(vocab.length)]);
                }
                lines.add(line.toString());
            }
            checkParses(lines, n == 0 ? 0 : random.nextInt(n));
        }
    }

    private static void checkParses(List<String> lines, int start) {
        ImportReport.Builder report = new ImportReport.Builder("fuzz");
        for (String line : lines) {
            PerformanceParser.isPerformanceTableStart(line);
        }
        PerformanceParser.Block block = PerformanceParser.parse(lines, start, report);
        assertTrue(block.project() != null);
        assertTrue(block.end() > start || lines.isEmpty(), "the block must advance");
        assertTrue(block.end() <= Math.max(lines.size(), start + 1));
        report.build(null);
    }
}
