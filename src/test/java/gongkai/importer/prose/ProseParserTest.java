package gongkai.importer.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.performance.PerformanceParser;
import gongkai.importer.performance.PerformanceParserTest;
import gongkai.importer.report.ImportReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Figures the seed narratives state only in prose: per-项 line items and project self-evaluations.
 */
class ProseParserTest {

    private static final Path SEEDS = Path.of("src/main/resources/samples");
    private static final String DOC_000 = "000_326f025586c0027f.txt";
    private static final String DOC_001 = "001_d044bc1c4c23d84f.txt";
    private static final String DOC_004 = "004_eb0cd755c809d774.txt";
    private static final CodeList CODES = CodeList.standard();

    private static List<String> seed(String name) throws IOException {
        Path path = SEEDS.resolve(name);
        assertTrue(
                Files.isRegularFile(path),
                "seed document missing: "
                        + path.toAbsolutePath()
                        + " (tests run from the repository root and read the shipped samples in src/main/resources/samples)");
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }

    /**
     * The section whose title is the last line matching {@code title} (the first may be the table
     * of contents), up to the first line after it matching {@code next}; built as DisclosureParser
     * does.
     */
    private static DisclosureContent.Section section(
            List<String> lines, Predicate<String> title, Predicate<String> next) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (title.test(clean(lines.get(i)))) {
                start = i;
            }
        }
        assertTrue(start >= 0, "section title not found");
        int end = start + 1;
        while (end < lines.size() && !next.test(clean(lines.get(end)))) {
            end++;
        }
        return new DisclosureContent.Section(
                null,
                clean(lines.get(start)),
                String.join("\n", lines.subList(start + 1, end)),
                start + 1);
    }

    /** Word indents with no-break spaces, which strip() keeps. */
    private static String clean(String line) {
        return line.replace('\u00A0', ' ').strip();
    }

    private static DisclosureContent.Section generalBudgetSection(String doc) throws IOException {
        return section(
                seed(doc),
                l -> l.startsWith("五、") && l.endsWith("一般公共预算财政拨款支出决算情况说明"),
                l -> l.startsWith("六、"));
    }

    private static DisclosureContent.Section wholeDocument(String doc) throws IOException {
        List<String> lines = seed(doc);
        return new DisclosureContent.Section(
                null, lines.get(0), String.join("\n", lines.subList(1, lines.size())), 1);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Expected row: code (or the 项 name for NAMED rows), name, 年初预算 and 决算 in 元, source line. */
    private record Item(String code, String name, String budget, String actual, int line) {}

    private static void assertItems(List<Item> expected, List<DisclosureContent.Row> rows) {
        assertEquals(expected.size(), rows.size(), rows.toString());
        for (int i = 0; i < expected.size(); i++) {
            Item e = expected.get(i);
            DisclosureContent.Row r = rows.get(i);
            String where = "item " + (i + 1) + " " + e.name();
            assertEquals(e.code(), r.code(), where);
            assertEquals(e.name(), r.name(), where);
            assertEquals(
                    e.code().matches("\\d{7}")
                            ? LineItem.RowKind.FUNCTIONAL
                            : LineItem.RowKind.NAMED,
                    r.kind(),
                    where);
            assertEquals(
                    Map.of("budget", d(e.budget()), "actual", d(e.actual())), r.amounts(), where);
            assertEquals(e.line(), r.line(), where);
            assertNull(r.side(), where);
            assertNull(r.lineNo(), where);
        }
    }

    @Test
    void communityCorrectionLineItemOf001HasCode2040610() throws IOException {
        List<DisclosureContent.Row> rows =
                ProseParser.lineItems(
                        generalBudgetSection(DOC_001), CODES, new ImportReport.Builder(DOC_001));
        DisclosureContent.Row row =
                rows.stream().filter(r -> "社区矫正".equals(r.name())).findFirst().orElseThrow();
        assertEquals(LineItem.RowKind.FUNCTIONAL, row.kind());
        assertEquals("2040610", row.code());
        assertEquals(d("780000.00"), row.amounts().get("budget"));
        assertEquals(d("780000.00"), row.amounts().get("actual"));
        assertEquals(151, row.line());
        assertTrue(
                StandardTable.PROSE.column("budget").isPresent()
                        && StandardTable.PROSE.column("actual").isPresent());
    }

    @Test
    void readsAllSixteenLineItemsOf001() throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        List<DisclosureContent.Row> rows =
                ProseParser.lineItems(generalBudgetSection(DOC_001), CODES, report);
        assertItems(
                List.of(
                        // 公共安全（类）, named in a heading line above its paragraphs
                        new Item("2040201", "行政运行", "23232800.00", "27134300.00", 139),
                        new Item("2040602", "一般行政管理事务", "31955600.00", "31638000.00", 141),
                        new Item("2040604", "基层司法业务", "1821600.00", "3595700.00", 143),
                        new Item("2040605", "普法宣传", "8927700.00", "8921400.00", 145),
                        new Item("2040607", "公共法律服务", "1440000.00", "1440000.00", 147),
                        new Item("2040608", "国家统一法律职业资格考试", "5602500.00", "5602500.00", 149),
                        new Item("2040610", "社区矫正", "780000.00", "780000.00", 151),
                        new Item("2040612", "法治建设", "4095800.00", "4095800.00", 153),
                        new Item("2040613", "信息化建设", "1381000.00", "1381000.00", 155),
                        // 社会保障和就业支出（类）
                        new Item("2080501", "行政单位离退休", "1854700.00", "1925300.00", 159),
                        new Item("2080505", "机关事业单位基本养老保险缴费支出", "1888700.00", "2148700.00", 160),
                        new Item("2080506", "机关事业单位职业年金缴费支出", "944400.00", "1074400.00", 161),
                        new Item("2080116", "引进人才费用", "140000.00", "140000.00", 162),
                        // 卫生健康支出（类）
                        new Item("2101101", "行政单位医疗", "878000.00", "1086000.00", 166),
                        new Item("2101103", "公务员医疗补助", "501700.00", "501700.00", 167),
                        // 住房保障支出（类）
                        new Item("2210201", "住房公积金", "2143600.00", "2267500.00", 170)),
                rows);
        assertEquals(List.of(), report.build(null).warnings());
    }

    @Test
    void readsAllSixLineItemsOf000() throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(DOC_000);
        List<DisclosureContent.Row> rows =
                ProseParser.lineItems(generalBudgetSection(DOC_000), CODES, report);
        assertItems(
                List.of(
                        new Item("2040250", "事业运行", "245900.00", "936800.00", 105),
                        new Item("2080505", "机关事业单位基本养老保险缴费支出", "29100.00", "29100.00", 108),
                        new Item("2080506", "机关事业单位职业年金缴费支出", "14500.00", "14500.00", 109),
                        new Item("2101102", "事业单位医疗", "11900.00", "11900.00", 112),
                        new Item("2101103", "公务员医疗补助", "7200.00", "7200.00", 113),
                        new Item("2210201", "住房公积金", "27800.00", "27800.00", 116)),
                rows);
        assertEquals(List.of(), report.build(null).warnings());
    }

    @Test
    void readsAllFifteenLineItemsOf004WhereFiguresFollowTheHeading() throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(DOC_004);
        List<DisclosureContent.Row> rows =
                ProseParser.lineItems(generalBudgetSection(DOC_004), CODES, report);
        assertItems(
                List.of(
                        // "一般公共服务(类)其他一般公共服务(款)其他一般公共服务(项)": short names, half-width brackets
                        new Item("2019999", "其他一般公共服务", "0.00", "343700.00", 314),
                        new Item("2040299", "其他公安支出", "0.00", "150000.00", 318),
                        new Item("2040601", "行政运行", "4056400.00", "6795900.00", 322),
                        new Item("2040602", "一般行政管理事务", "180000.00", "366600.00", 326),
                        new Item("2040604", "基层司法业务", "0.00", "50000.00", 330),
                        new Item("2040605", "普法宣传", "600000.00", "450000.00", 334),
                        // its paragraph is cut by a page break after "算进"
                        new Item("2040607", "公共法律服务", "560000.00", "316100.00", 338),
                        new Item("2040610", "社区矫正", "0.00", "120000.00", 344),
                        new Item("2040699", "其他司法支出", "2260000.00", "3655000.00", 348),
                        // names that are not in the code list: kept by name
                        new Item(
                                "机关养老保险单位基本养老保险缴费支出",
                                "机关养老保险单位基本养老保险缴费支出",
                                "346000.00",
                                "346000.00",
                                352),
                        new Item("2080801", "死亡抚恤", "0.00", "170100.00", 356),
                        new Item("2100499", "其他公共卫生支出", "0.00", "50000.00", 360),
                        new Item("行政事业单位医疗", "行政事业单位医疗", "89100.00", "94800.00", 364),
                        // 公务员医疗补助 is under 行政事业单位医疗, not 公共卫生: found by its 项 name, with a warning
                        new Item("2101103", "公务员医疗补助", "0.00", "5000.00", 368),
                        new Item("2210201", "住房公积金", "285900.00", "285900.00", 372)),
                rows);
        List<ImportReport.Message> warnings = report.build(null).warnings();
        assertEquals(
                List.of(352, 364, 368),
                warnings.stream().map(ImportReport.Message::line).toList(),
                warnings.toString());
        assertTrue(warnings.get(0).message().contains("找不到"));
        assertTrue(warnings.get(2).message().contains("2101103"));
    }

    @Test
    void scanningWholeDocumentsFindsNoOtherLineItems() throws IOException {
        assertEquals(
                6,
                ProseParser.lineItems(
                                wholeDocument(DOC_000), CODES, new ImportReport.Builder(DOC_000))
                        .size());
        assertEquals(
                16,
                ProseParser.lineItems(
                                wholeDocument(DOC_001), CODES, new ImportReport.Builder(DOC_001))
                        .size());
        assertEquals(
                15,
                ProseParser.lineItems(
                                wholeDocument(DOC_004), CODES, new ImportReport.Builder(DOC_004))
                        .size());
        // Same lines as when the section alone is read.
        assertEquals(
                ProseParser.lineItems(
                        generalBudgetSection(DOC_001), CODES, new ImportReport.Builder(DOC_001)),
                ProseParser.lineItems(
                        wholeDocument(DOC_001), CODES, new ImportReport.Builder(DOC_001)));
    }

    @Test
    void readsAmountsInYuanAndSeveralItemsInOneSentence() {
        DisclosureContent.Section section =
                new DisclosureContent.Section(
                        null,
                        "五、一般公共预算财政拨款支出决算情况说明",
                        "其中：公共安全支出（类）司法（款）社区矫正（项）年初预算为12,000.00元，决算数为11,500.50元；"
                                + "司法（款）普法宣传（项）年初预算5万元，支出决算5.2万元。\n"
                                + "司法（款）律师管理（项）支出决算3万元。\n"
                                + "不属于本单位的某某（项）说明，没有金额。",
                        40);
        ImportReport.Builder report = new ImportReport.Builder("x");
        List<DisclosureContent.Row> rows = ProseParser.lineItems(section, CODES, report);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("2040610", rows.get(0).code());
        assertEquals(
                Map.of("budget", d("12000.00"), "actual", d("11500.50")), rows.get(0).amounts());
        assertEquals(41, rows.get(0).line());
        assertEquals("2040605", rows.get(1).code());
        assertEquals(
                Map.of("budget", d("50000.00"), "actual", d("52000.00")), rows.get(1).amounts());
        assertEquals(Map.of("actual", d("30000.00")), rows.get(2).amounts());
        assertEquals(42, rows.get(2).line());
        List<ImportReport.Message> warnings = report.build(null).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(42, warnings.get(0).line());
    }

    @Test
    void anItemNameWrappedBeforeItsMarkIsReadWhole() {
        // As a PDF's text layer breaks a long 项 name: the mark （项） lands on the next line, alone
        // or after the name's last characters.
        DisclosureContent.Section section =
                new DisclosureContent.Section(
                        null,
                        "（三）一般公共预算财政拨款支出决算具体情况",
                        "5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休\n"
                                + "（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万\n"
                                + "元。决算数小于预算数的主要原因：预算按充分保障预估。\n"
                                + "6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老\n"
                                + "保险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为\n"
                                + "161.62万元，支出决算为160.75万元。\n",
                        300);
        ImportReport.Builder report = new ImportReport.Builder("x");
        List<DisclosureContent.Row> rows = ProseParser.lineItems(section, CODES, report);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("2080501", rows.get(0).code());
        assertEquals("行政单位离退休", rows.get(0).name());
        assertEquals(
                Map.of("budget", d("855500.00"), "actual", d("846500.00")), rows.get(0).amounts());
        assertEquals(301, rows.get(0).line());
        assertEquals("2080505", rows.get(1).code());
        assertEquals("机关事业单位基本养老保险缴费支出", rows.get(1).name());
        assertEquals(
                Map.of("budget", d("1616200.00"), "actual", d("1607500.00")),
                rows.get(1).amounts());
        assertEquals(304, rows.get(1).line());
        assertEquals(List.of(), report.build(null).warnings());
    }

    private static DisclosureContent.Section performanceSection() throws IOException {
        return section(seed(DOC_001), l -> l.equals("十四、预算绩效情况说明"), l -> l.startsWith("第三部分"));
    }

    @Test
    void readsTheFiveProseSelfEvaluationsOf001() throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        List<DisclosureContent.Project> projects =
                ProseParser.projects(performanceSection(), report);

        assertEquals(
                List.of("普法专项经费", "行政复议经费", "依法治区经费", "“数字法治 智慧司法”信息化运维费", "国家统一法律职业资格考试经费"),
                projects.stream().map(DisclosureContent.Project::name).toList());
        assertEquals(
                List.of(d("98.25"), d("100"), d("95"), d("100"), d("100")),
                projects.stream().map(DisclosureContent.Project::totalScore).toList());
        assertEquals(
                List.of(
                        d("8927700.00"),
                        d("2050200.00"),
                        d("1970700.00"),
                        d("1381000.00"),
                        d("5602500.00")),
                projects.stream().map(DisclosureContent.Project::annualBudget).toList());
        assertEquals(
                List.of(
                        d("8921300.00"),
                        d("2050200.00"),
                        d("1970700.00"),
                        d("1381000.00"),
                        d("5602500.00")),
                projects.stream().map(DisclosureContent.Project::executed).toList());
        assertEquals(
                List.of(d("99.93"), d("100"), d("100"), d("100"), d("100")),
                projects.stream().map(DisclosureContent.Project::executionRate).toList());
        assertEquals(
                List.of(210, 555, 901, 1182, 1436),
                projects.stream().map(DisclosureContent.Project::line).toList());
        for (DisclosureContent.Project p : projects) {
            assertTrue(p.fromProse());
            assertFalse(p.overall());
            assertTrue(p.indicators().isEmpty());
            assertTrue(
                    p.summary().contains(p.name() + "项目自评综述：") && p.summary().contains("下一步改进措施："),
                    p.name());
            assertFalse(p.summary().contains("\t"), "the summary stops before the table");
        }
        assertTrue(
                projects.get(0).summary().startsWith("1.普法专项经费项目自评综述：根据年初设定的绩效目标，项目自评得分98.25分。"));
        assertTrue(projects.get(0).summary().endsWith("推动普法工作长效发展。"));
        assertEquals(List.of(), report.build(null).warnings());
    }

    @Test
    void mergeGivesFiveProjectsWithSummaryAndTableData() throws IOException {
        List<String> lines = seed(DOC_001);
        ImportReport.Builder report = new ImportReport.Builder(DOC_001);
        List<DisclosureContent.Project> tables =
                PerformanceParserTest.blocks(lines, report).stream()
                        .map(PerformanceParser.Block::project)
                        .toList();
        List<DisclosureContent.Project> prose = ProseParser.projects(performanceSection(), report);

        List<DisclosureContent.Project> merged = ProseParser.merge(tables, prose);
        assertEquals(5, merged.size());
        for (int i = 0; i < 5; i++) {
            DisclosureContent.Project m = merged.get(i);
            assertEquals(tables.get(i).name(), m.name());
            assertFalse(m.fromProse());
            assertEquals(prose.get(i).summary(), m.summary());
            assertEquals(tables.get(i).indicators(), m.indicators());
            assertEquals(tables.get(i).initialBudget(), m.initialBudget());
            assertEquals(tables.get(i).annualBudgetFiscal(), m.annualBudgetFiscal());
            assertEquals(prose.get(i).totalScore(), m.totalScore());
            assertEquals(prose.get(i).annualBudget(), m.annualBudget());
            assertEquals(prose.get(i).executed(), m.executed());
            assertEquals(tables.get(i).line(), m.line());
        }
        assertEquals(d("8921300.00"), merged.get(0).executed());
        assertEquals(20, merged.get(0).indicators().size());
    }

    @Test
    void mergeFillsGapsAndKeepsProseOnlyProjectsInDocumentOrder() {
        DisclosureContent.Project table = project("社区矫正经费", false, null, null, 50);
        DisclosureContent.Project overall =
                new DisclosureContent.Project(
                        true, "醴陵市司法局", null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, d("90"), null, null, null, false, List.of(),
                        120);
        DisclosureContent.Project proseOnly =
                project("安置帮教经费", true, d("88"), "2.安置帮教经费项目自评综述：…", 30);
        DisclosureContent.Project proseOfTable =
                project("“社区矫正经费”项目", true, d("96.5"), "3.社区矫正经费项目自评综述：…", 40);

        List<DisclosureContent.Project> merged =
                ProseParser.merge(List.of(table, overall), List.of(proseOnly, proseOfTable));
        assertEquals(
                List.of("安置帮教经费", "社区矫正经费", "醴陵市司法局"),
                merged.stream().map(DisclosureContent.Project::name).toList());
        assertEquals(proseOnly, merged.get(0));
        DisclosureContent.Project enriched = merged.get(1);
        assertEquals(d("96.5"), enriched.totalScore());
        assertEquals(d("100000.00"), enriched.annualBudget());
        assertEquals("3.社区矫正经费项目自评综述：…", enriched.summary());
        assertFalse(enriched.fromProse());
        assertEquals(50, enriched.line());
        assertEquals(overall, merged.get(2));
        assertEquals(List.of(), ProseParser.merge(List.of(), List.of()));
    }

    private static DisclosureContent.Project project(
            String name, boolean fromProse, BigDecimal score, String summary, int line) {
        return new DisclosureContent.Project(
                false,
                name,
                null,
                null,
                null,
                fromProse ? d("100000.00") : null,
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
                score,
                null,
                null,
                summary,
                fromProse,
                List.of(),
                line);
    }

    @Test
    void randomAndTruncatedProseNeverThrows() throws IOException {
        List<String> doc = seed(DOC_004);
        for (int cut = 0; cut < doc.size(); cut += 23) {
            DisclosureContent.Section s =
                    new DisclosureContent.Section(
                            null, "t", String.join("\n", doc.subList(0, cut)), 1);
            ProseParser.lineItems(s, CODES, new ImportReport.Builder("x"));
            ProseParser.projects(s, new ImportReport.Builder("x"));
        }
        String[] vocab = {
            "（项）", "(项)", "（款）", "（类）", "司法", "社区矫正", "年初预算", "为", "支出决算", "决算数", "78", "1,2.5",
            "万元", "元", "。", "，", "\n", "\n\n", "1.", "（一）", "\t", "项目自评综述：", "自评得分", "分", "全年预算数",
            "执行数", "完成预算的", "%", "普法", "", " ", "\u00A0"
        };
        Random random = new Random(7L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder body = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                body.append(vocab[random.nextInt(vocab.length)]);
            }
            DisclosureContent.Section s =
                    new DisclosureContent.Section(null, "t", body.toString(), random.nextInt(100));
            ImportReport.Builder report = new ImportReport.Builder("fuzz");
            List<DisclosureContent.Row> rows = ProseParser.lineItems(s, CODES, report);
            List<DisclosureContent.Project> projects = ProseParser.projects(s, report);
            ProseParser.merge(projects, projects);
            assertTrue(rows.stream().allMatch(r -> r.code() != null && !r.amounts().isEmpty()));
        }
        ProseParser.lineItems(
                new DisclosureContent.Section(null, "t", null, 1),
                CODES,
                new ImportReport.Builder("x"));
        ProseParser.projects(
                new DisclosureContent.Section(null, "t", "", 1), new ImportReport.Builder("x"));
        new ArrayList<>(ProseParser.merge(null, null));
    }
}
