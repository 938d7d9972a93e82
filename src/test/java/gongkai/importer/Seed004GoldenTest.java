package gongkai.importer;

import static gongkai.importer.SeedAssertions.amount;
import static gongkai.importer.SeedAssertions.row;
import static gongkai.importer.SeedAssertions.table;
import static gongkai.importer.SeedAssertions.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import gongkai.importer.tables.TwoSidedNames;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 醴陵市司法局 2023: nine standard tables announced, seven printed, all in 元 without saying so. */
class Seed004GoldenTest {

    static DisclosureContent d;
    static ImportReport report;

    @BeforeAll
    static void parse() {
        ParseResult r = Seeds.parse(Seeds.S004);
        report = r.report();
        d = r.disclosure();
        assertNotNull(d, () -> "errors: " + report.errors());
    }

    static List<DisclosureContent.Table> standardTables() {
        return d.tables().stream().filter(t -> t.kind() != StandardTable.PROSE).toList();
    }

    @Test
    void findsUnitAndYearOnTheCover() {
        assertEquals("醴陵市司法局", d.unitName());
        assertEquals(2023, d.fiscalYear());
        assertNull(d.people().headOfUnit());
        assertNull(d.people().contactPhone());
    }

    @Test
    void tablesAreInYuanInferredFromTheNarrative() {
        assertEquals(MoneyUnit.YUAN, d.sourceMoneyUnit());
        standardTables()
                .forEach(t -> assertEquals(MoneyUnit.YUAN, t.sourceMoneyUnit(), t.kind().label()));
        assertEquals(
                MoneyUnit.WAN_YUAN,
                table(d, StandardTable.PROSE).sourceMoneyUnit(),
                "the narrative's line items are in 万元");
    }

    @Test
    void recognisesTheSevenPrintedTables() {
        assertEquals(
                List.of(
                        StandardTable.G01,
                        StandardTable.G02,
                        StandardTable.G03,
                        StandardTable.G04,
                        StandardTable.G05,
                        StandardTable.G06,
                        StandardTable.G09,
                        StandardTable.PROSE),
                d.tables().stream().map(DisclosureContent.Table::kind).toList());
        Map<StandardTable, Integer> rows =
                Map.of(
                        StandardTable.G01,
                        42,
                        StandardTable.G02,
                        16,
                        StandardTable.G03,
                        16,
                        StandardTable.G04,
                        38,
                        StandardTable.G05,
                        16,
                        StandardTable.G06,
                        83,
                        StandardTable.G09,
                        1);
        rows.forEach((k, n) -> assertEquals(n, table(d, k).rows().size(), k.label()));
    }

    @Test
    void incomeExpenseSummaryHasBothSides() {
        DisclosureContent.Table g01 = table(d, StandardTable.G01);
        var in = LineItem.Side.INCOME;
        var out = LineItem.Side.EXPENSE;
        assertEquals(yuan("13199144.81"), amount(row(g01, in, "一般公共预算财政拨款收入"), "amount"));
        assertEquals(yuan("543781.42"), amount(row(g01, in, "其他收入"), "amount"));
        assertEquals(yuan("13742926.23"), amount(row(g01, in, "本年收入合计"), "amount"));
        assertEquals(yuan("13742926.23"), amount(row(g01, out, "本年支出合计"), "amount"));
        assertEquals(yuan("13742926.23"), amount(row(g01, in, "总计"), "amount"));
        assertEquals(yuan("13742926.23"), amount(row(g01, out, "总计"), "amount"));
        assertEquals(31, row(g01, in, "总计").lineNo());
        assertEquals(62, row(g01, out, "总计").lineNo());
        DisclosureContent.Row security = row(g01, out, "204");
        assertEquals(LineItem.RowKind.FUNCTIONAL, security.kind());
        assertEquals("公共安全支出", security.name());
        assertEquals(yuan("12437383.47"), amount(security, "amount"));
        assertEquals(yuan("353734.00"), amount(row(g01, out, "201"), "amount"));
        assertEquals(yuan("516106.16"), amount(row(g01, out, "208"), "amount"));
        assertEquals(yuan("149769.00"), amount(row(g01, out, "210"), "amount"));
        assertEquals(yuan("285933.60"), amount(row(g01, out, "221"), "amount"));
        assertEquals(
                26,
                g01.rows().stream().filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL).count());
        assertEquals(
                8,
                g01.rows().stream()
                        .filter(
                                r ->
                                        r.side() == in
                                                && TwoSidedNames.INCOME_LINES.containsValue(
                                                        r.code()))
                        .count());
        assertEquals(yuan("0.00"), amount(row(g01, in, "使用非财政拨款结余和专用结余"), "amount"));
        assertEquals(yuan("0.00"), amount(row(g01, in, "年初结转和结余"), "amount"));
        assertEquals(yuan("0.00"), amount(row(g01, out, "结余分配"), "amount"));
        assertEquals(yuan("0.00"), amount(row(g01, out, "年末结转和结余"), "amount"));
    }

    @Test
    void incomeAndExpenditureTablesByCode() {
        DisclosureContent.Table g02 = table(d, StandardTable.G02);
        DisclosureContent.Table g03 = table(d, StandardTable.G03);
        assertEquals(yuan("120000.00"), amount(row(g02, null, "2040610"), "total"));
        assertEquals(yuan("120000.00"), amount(row(g03, null, "2040610"), "total"));
        assertEquals(yuan("120000.00"), amount(row(g03, null, "2040610"), "project"));
        assertEquals("社区矫正", row(g02, null, "2040610").name());
        DisclosureContent.Row total02 = row(g02, null, "本年收入合计");
        assertEquals(yuan("13742926.23"), amount(total02, "total"));
        assertEquals(yuan("13199144.81"), amount(total02, "fiscal"));
        assertEquals(yuan("543781.42"), amount(total02, "other"));
        DisclosureContent.Row total03 = row(g03, null, "本年支出合计");
        assertEquals(yuan("7965932.87"), amount(total03, "basic"));
        assertEquals(yuan("5776993.36"), amount(total03, "project"));
        DisclosureContent.Row justice = row(g03, null, "2040699");
        assertEquals(yuan("4188788.10"), amount(justice, "total"));
        assertEquals(yuan("384646.81"), amount(justice, "basic"));
        assertEquals(yuan("3804141.29"), amount(justice, "project"));
        assertEquals(yuan("533754.42"), amount(row(g02, null, "2040699"), "other"));
        DisclosureContent.Table g05 = table(d, StandardTable.G05);
        assertEquals(yuan("13199144.81"), amount(row(g05, null, "合计"), "total"));
        assertEquals(yuan("7671259.06"), amount(row(g05, null, "合计"), "basic"));
        assertNull(amount(row(g05, null, "合计"), "budget"), "004 prints no 年初预算数 column");
        assertEquals(yuan("3555033.68"), amount(row(g05, null, "2040699"), "project"));
        assertEquals(yuan("6795853.30"), amount(row(g05, null, "2040601"), "basic"));
    }

    @Test
    void fiscalSummaryHasFundColumnsOnTheExpenseSide() {
        DisclosureContent.Table g04 = table(d, StandardTable.G04);
        var in = LineItem.Side.INCOME;
        var out = LineItem.Side.EXPENSE;
        assertEquals(yuan("13199144.81"), amount(row(g04, in, "一般公共预算财政拨款收入"), "amount"));
        DisclosureContent.Row security = row(g04, out, "204");
        assertEquals(yuan("11903629.05"), amount(security, "total"));
        assertEquals(yuan("11903629.05"), amount(security, "general"));
        assertEquals(yuan("0.00"), amount(security, "fund"));
        assertEquals(yuan("13199144.81"), amount(row(g04, out, "总计"), "total"));
        assertEquals(yuan("13199144.81"), amount(row(g04, in, "总计"), "amount"));
        assertEquals(yuan("0.00"), amount(row(g04, in, "年初结转和结余·一般公共预算财政拨款"), "amount"));
    }

    @Test
    void basicExpenditureDetailRepairsSplitNumbersAndNames() {
        DisclosureContent.Table g06 = table(d, StandardTable.G06);
        assertEquals(yuan("6860829.83"), amount(row(g06, null, "人员经费合计"), "amount"));
        assertEquals(yuan("810429.23"), amount(row(g06, null, "公用经费合计"), "amount"));
        assertEquals(yuan("810429.23"), amount(row(g06, null, "302"), "amount"));
        assertEquals(yuan("6827679.83"), amount(row(g06, null, "301"), "amount"));
        assertEquals(yuan("33150.00"), amount(row(g06, null, "303"), "amount"));
        assertEquals(yuan("167656.00"), amount(row(g06, null, "30228"), "amount"));
        assertEquals(yuan("273511.00"), amount(row(g06, null, "30239"), "amount"));
        assertEquals(yuan("116298.06"), amount(row(g06, null, "30299"), "amount"));
        assertEquals(yuan("30000.00"), amount(row(g06, null, "30217"), "amount"));
        assertEquals("公务用车运行维护费", row(g06, null, "30231").name());
        assertEquals("对民间非营利组织和群众性自治组织补贴", row(g06, null, "39908").name());
        assertEquals("其他商品和服务支出", row(g06, null, "30299").name());
        assertEquals("税金及附加费用", row(g06, null, "30240").name());
        assertTrue(
                g06.rows().stream()
                        .filter(r -> r.kind() == LineItem.RowKind.ECONOMIC)
                        .allMatch(r -> r.amounts().containsKey("amount")));
        assertEquals(
                81, g06.rows().stream().filter(r -> r.kind() == LineItem.RowKind.ECONOMIC).count());
    }

    @Test
    void threePublicExpensesHaveTwelveColumns() {
        DisclosureContent.Table g09 = table(d, StandardTable.G09);
        DisclosureContent.Row r = row(g09, null, "三公经费合计");
        assertEquals(12, r.amounts().size());
        assertEquals(
                StandardTable.G09.columns().stream().map(StandardTable.Column::key).toList(),
                List.copyOf(r.amounts().keySet()));
        assertEquals(yuan("70000.00"), amount(r, "actual_total"));
        assertEquals(yuan("70000.00"), amount(r, "budget_total"));
        assertEquals(yuan("40000.00"), amount(r, "actual_vehicle_operation"));
        assertEquals(yuan("30000.00"), amount(r, "actual_reception"));
        assertEquals(yuan("0.00"), amount(r, "actual_abroad"));
    }

    @Test
    void everyCodeTableAddsUpToItsTotal() {
        SeedAssertions.assertCodeTablesAddUp(d);
    }

    @Test
    void sectionsFollowTheOutline() {
        assertEquals(
                Arrays.asList(
                        null,
                        "FUNCTIONS",
                        "ORGANISATION",
                        "TABLES_NOTE",
                        null,
                        "OVERALL",
                        "INCOME",
                        "EXPENDITURE",
                        "FISCAL_OVERALL",
                        "GENERAL_BUDGET",
                        "BASIC_EXPENDITURE",
                        "THREE_PUBLIC",
                        "GOV_FUND",
                        "OPERATING_COSTS",
                        "GENERAL_SPENDING",
                        "PROCUREMENT",
                        "ASSETS",
                        "PERFORMANCE",
                        "GLOSSARY",
                        "ATTACHMENTS"),
                d.sections().stream().map(DisclosureContent.Section::key).toList());
        assertEquals("醴陵市司法局概况", d.sections().get(0).title());
        assertEquals("部门决算表", d.sections().get(3).title());
        assertEquals("2023年度部门决算情况说明", d.sections().get(4).title());
        assertEquals("", d.sections().get(4).body());
        DisclosureContent.Section functions = SeedAssertions.section(d, SectionKey.FUNCTIONS);
        assertEquals("部门职责", functions.title());
        assertTrue(functions.body().startsWith("根据醴办[2019]26号文件规定，醴陵市司法局主要职责是：\n(一)贯彻执行国家"));
        assertTrue(
                SeedAssertions.section(d, SectionKey.GENERAL_BUDGET)
                        .body()
                        .contains("8、公共安全支出（类）司法（款）社区矫正（项）。\n年初预算为0万元，支出决算为12万元"));
        assertEquals("2023年，本单位无政府性基金收支。", SeedAssertions.section(d, SectionKey.GOV_FUND).body());
    }

    @Test
    void noTextIsLost() {
        SeedAssertions.assertNoTextLost(
                Seeds.text(Seeds.S004), d, List.of("2023年度", "醴陵市司法局部门决算", "目录"));
    }

    /**
     * Each warning justified: four numbers split by the extraction (公开06), the unit stated nowhere,
     * and three 项 that the narrative (五、(三)) names differently from the code list — the prose
     * parser's findings, true of the document (no 项 "机关养老保险单位基本养老保险缴费支出"; 行政事业单位医疗 is a 款, not a 项
     * of 公共卫生; 公务员医疗补助 sits under 行政事业单位医疗, not 公共卫生).
     */
    @Test
    void warnsExactlyAboutSplitNumbersTheMissingUnitAndMisnamedNarrativeItems() {
        List<String> expected =
                List.of(
                        "240:「302」的金额「810,429.2 3」被拆开，已合并为 810429.23，请核对",
                        "262:「30228」的金额「167,656.0 0」被拆开，已合并为 167656.00，请核对",
                        "267:「30239」的金额「273,511.0 0」被拆开，已合并为 273511.00，请核对",
                        "269:「30299」的金额「116,298.0 6」被拆开，已合并为 116298.06，请核对");
        List<String> actual = SeedAssertions.warnings(report);
        assertEquals(expected, actual.subList(0, 4), () -> String.join("\n", actual));
        assertEquals(8, actual.size(), () -> String.join("\n", actual));
        assertTrue(actual.get(4).startsWith("93:以下表格未注明金额单位，已推定为元"), actual.get(4));
        List<String> prose =
                actual.subList(5, 8).stream().map(w -> w.substring(w.indexOf(':') + 1)).toList();
        assertTrue(
                prose.get(0).contains("机关养老保险单位基本养老保险缴费支出（项）") && prose.get(0).contains("找不到"),
                prose.get(0));
        assertTrue(
                prose.get(1).contains("公共卫生（款）行政事业单位医疗（项）") && prose.get(1).contains("找不到"),
                prose.get(1));
        assertTrue(
                prose.get(2).contains("公共卫生（款）公务员医疗补助（项）") && prose.get(2).contains("2101103"),
                prose.get(2));
        assertTrue(report.errors().isEmpty());
    }

    @Test
    void narrativeLineItemsBecomeTheProseTable() {
        DisclosureContent.Table prose = table(d, StandardTable.PROSE);
        assertEquals(
                15,
                prose.rows().stream()
                        .filter(
                                r ->
                                        !List.of("三公经费合计", "因公出国(境)费", "公务用车购置及运行维护费", "公务接待费")
                                                .contains(r.code()))
                        .count(),
                "the 项 paragraphs (the 三公 rows are below)");
        assertEquals(yuan("120000.00"), amount(row(prose, null, "2040610"), "actual"));
        assertEquals(yuan("4056400.00"), amount(row(prose, null, "2040601"), "budget"));
    }

    /** "“三公”经费财政拨款支出预算为7万元，支出决算为7万元" (line 388) and the items after it. */
    @Test
    void threePublicFiguresOfTheNarrativeBecomeNamedRows() {
        DisclosureContent.Table prose = table(d, StandardTable.PROSE);
        assertEquals(yuan("70000.00"), amount(row(prose, null, "三公经费合计"), "actual"));
        assertEquals(yuan("70000.00"), amount(row(prose, null, "三公经费合计"), "budget"));
        assertEquals(yuan("0.00"), amount(row(prose, null, "因公出国(境)费"), "actual"));
        assertEquals(yuan("30000.00"), amount(row(prose, null, "公务接待费"), "actual"));
        assertEquals(yuan("30000.00"), amount(row(prose, null, "公务接待费"), "budget"));
        assertEquals(yuan("40000.00"), amount(row(prose, null, "公务用车购置及运行维护费"), "actual"));
        assertEquals(LineItem.RowKind.NAMED, row(prose, null, "公务接待费").kind());
    }

    @Test
    void amountsAreExactDecimals() {
        for (DisclosureContent.Table t : d.tables()) {
            for (DisclosureContent.Row r : t.rows()) {
                for (BigDecimal v : r.amounts().values()) {
                    assertEquals(2, v.scale(), t.kind().label() + " " + r.code());
                }
            }
        }
    }
}
