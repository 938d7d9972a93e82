package gongkai.importer;

import static gongkai.importer.SeedAssertions.amount;
import static gongkai.importer.SeedAssertions.row;
import static gongkai.importer.SeedAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区财政局 2024 (../shared/pdf): figures a few points off their labels, codes in 类/款/项 cells,
 * wrapped names, tables over two pages, the basic-expenditure table in two groups side by side.
 * Expected figures are read off the printed PDF (万元), stored in 元.
 */
class Pdf2024CaizhengjuTest {

    static final String FILE = "2024-putuo-caizhengju.pdf";
    static DisclosureContent d;
    static ImportReport report;

    @BeforeAll
    static void parse() {
        ParseResult r = RealPdfs.parse(FILE);
        report = r.report();
        d = r.disclosure();
        assertNotNull(d, () -> "errors: " + report.errors());
    }

    /** 万元 as printed → 元 as stored. */
    static BigDecimal wan(String printed) {
        return new BigDecimal(printed).multiply(BigDecimal.valueOf(10_000)).setScale(2);
    }

    static void rows(DisclosureContent.Table t, LineItem.Side side, String key, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            assertEquals(
                    wan(pairs[i + 1]),
                    amount(row(t, side, pairs[i]), key),
                    t.kind() + " " + pairs[i] + " " + key);
        }
    }

    @Test
    void findsUnitYearAndMoneyUnit() {
        assertEquals("上海市普陀区财政局", d.unitName());
        assertEquals(2024, d.fiscalYear());
        assertEquals(MoneyUnit.WAN_YUAN, table(d, StandardTable.G01).sourceMoneyUnit());
        assertTrue(report.errors().isEmpty(), () -> report.errors().toString());
    }

    @Test
    void readsAllNineTablesTheEmptyOnesAsEmpty() {
        List<StandardTable> nine =
                List.of(
                        StandardTable.G01,
                        StandardTable.G02,
                        StandardTable.G03,
                        StandardTable.G04,
                        StandardTable.G05,
                        StandardTable.G06,
                        StandardTable.G07,
                        StandardTable.G08,
                        StandardTable.G09);
        Map<StandardTable, Integer> rows =
                Map.of(
                        StandardTable.G01, 42,
                        StandardTable.G02, 20,
                        StandardTable.G03, 20,
                        StandardTable.G04, 38,
                        StandardTable.G05, 20,
                        StandardTable.G06, 66,
                        StandardTable.G09, 1);
        for (StandardTable k : nine) {
            DisclosureContent.Table t = table(d, k);
            if (k == StandardTable.G07 || k == StandardTable.G08) {
                assertTrue(t.rows().isEmpty(), k + " has no data");
                assertTrue(t.note() != null && t.note().contains("本表无数据"), k + " note " + t.note());
            } else {
                assertEquals(rows.get(k), t.rows().size(), k.label());
            }
        }
    }

    @Test
    void summaryTableFiguresLandOnTheirLabels() {
        DisclosureContent.Table g01 = table(d, StandardTable.G01);
        var in = LineItem.Side.INCOME;
        var out = LineItem.Side.EXPENSE;
        rows(g01, in, "amount", "一般公共预算财政拨款收入", "2940.05", "其他收入", "6.20");
        rows(g01, in, "amount", "本年收入合计", "2946.25", "年初结转和结余", "49.14", "总计", "2995.39");
        rows(
                g01, out, "amount", "201", "2106.66", "208", "326.71", "210", "60.99", "221",
                "445.69");
        rows(g01, out, "amount", "本年支出合计", "2940.05", "年末结转和结余", "55.34", "总计", "2995.39");
        assertEquals("住房保障支出", row(g01, out, "221").name());
    }

    @Test
    void incomeTableJoinsSplitCodesAndWrappedNames() {
        DisclosureContent.Table g02 = table(d, StandardTable.G02);
        rows(g02, null, "total", "本年收入合计", "2946.25", "201", "2112.86", "20106", "2112.86");
        rows(g02, null, "total", "2010601", "1511.90", "2010602", "16.19", "2010607", "135.25");
        rows(g02, null, "total", "2080505", "160.75", "2080506", "80.38", "2080599", "0.94");
        rows(g02, null, "total", "2101101", "60.99", "2210201", "187.19", "2210203", "258.50");
        rows(g02, null, "fiscal", "本年收入合计", "2940.05", "2010601", "1511.89");
        rows(g02, null, "other", "本年收入合计", "6.20", "2010601", "0.01", "2010602", "6.19");
        assertEquals("机关事业单位基本养老保险缴费支出", row(g02, null, "2080505").name());
    }

    @Test
    void expenditureTablesKeepOffsetFiguresInTheirColumns() {
        DisclosureContent.Table g03 = table(d, StandardTable.G03);
        rows(g03, null, "total", "本年支出合计", "2940.05", "201", "2106.66", "2010601", "1511.89");
        rows(g03, null, "basic", "本年支出合计", "2336.91", "201", "1503.52", "2010601", "1503.52");
        rows(g03, null, "project", "本年支出合计", "603.14", "2010601", "8.37", "2010607", "135.25");
        rows(g03, null, "total", "2010608", "449.52", "2080501", "84.65", "2210203", "258.50");
        DisclosureContent.Table g05 = table(d, StandardTable.G05);
        rows(g05, null, "total", "合计", "2940.05", "201", "2106.66", "20106", "2106.66");
        rows(g05, null, "basic", "合计", "2336.91", "2010601", "1503.52", "208", "326.72");
        rows(g05, null, "project", "合计", "603.14", "2010602", "10.00", "2010608", "449.52");
        rows(g05, null, "total", "2080505", "160.75", "21011", "60.99", "2210201", "187.19");
    }

    @Test
    void fiscalSummaryReadsItsWrappedIncomeLines() {
        DisclosureContent.Table g04 = table(d, StandardTable.G04);
        var in = LineItem.Side.INCOME;
        var out = LineItem.Side.EXPENSE;
        rows(g04, in, "amount", "一般公共预算财政拨款收入", "2940.05", "本年收入合计", "2940.05");
        rows(g04, in, "amount", "年初结转和结余", "21.63", "总计", "2961.68");
        rows(g04, out, "total", "201", "2106.66", "208", "326.71", "210", "60.99", "221", "445.69");
        rows(g04, out, "general", "本年支出合计", "2940.05", "年末结转和结余", "21.63", "总计", "2961.68");
        assertTrue(
                g04.rows().stream().anyMatch(r -> "政府性基金预算财政拨款收入".equals(r.code())),
                "the wrapped 二、政府性基金预算财政拨 / 款 line is one income line");
    }

    @Test
    void basicExpenditureReadsBothGroupsSideBySide() {
        DisclosureContent.Table g06 = table(d, StandardTable.G06);
        rows(g06, null, "amount", "301", "2082.85", "30101", "262.33", "30102", "1238.58");
        rows(g06, null, "amount", "30108", "160.75", "30113", "187.19", "30199", "91.03");
        rows(g06, null, "amount", "302", "171.07", "30201", "21.21", "30228", "24.42");
        rows(g06, null, "amount", "30239", "48.49", "30299", "11.53", "31002", "13.58");
        rows(g06, null, "amount", "人员经费合计", "2152.26", "公用经费合计", "184.65");
        assertEquals("因公出国（境）费用", row(g06, null, "30212").name());
        assertEquals("公务用车运行维护费", row(g06, null, "30231").name());
    }

    @Test
    void threePublicTableReadsItsPairedHeader() {
        DisclosureContent.Row r = table(d, StandardTable.G09).rows().get(0);
        assertEquals(wan("0.95"), amount(r, "budget_total"));
        assertEquals(wan("0.95"), amount(r, "budget_reception"));
        assertEquals(wan("0"), amount(r, "actual_total"));
        assertEquals(wan("0"), amount(r, "budget_abroad"));
    }

    @Test
    void narrativeLineItemsWithNamesWrappedOverLinesGetTheirCodes() {
        // The narrative names each 项 as 类（类）款（款）项（项）; where a long name wraps, （项） starts
        // the next line ("…机关事业单位基本养老" / "保险缴费支出（项）").
        DisclosureContent.Table prose = table(d, StandardTable.PROSE);
        // Every 项 paragraph resolves to its code; the rows left by name are the narrative's 三公.
        assertEquals(
                List.of("三公经费合计", "因公出国(境)费", "公务用车购置及运行维护费", "公务接待费"),
                prose.rows().stream()
                        .filter(r -> r.kind() == LineItem.RowKind.NAMED)
                        .map(DisclosureContent.Row::name)
                        .toList());
        assertEquals(wan("1560.05"), amount(row(prose, null, "2010601"), "budget"));
        assertEquals(wan("1511.89"), amount(row(prose, null, "2010601"), "actual"));
        assertEquals(wan("85.55"), amount(row(prose, null, "2080501"), "budget"));
        assertEquals(wan("160.75"), amount(row(prose, null, "2080505"), "actual"));
        assertEquals(wan("80.38"), amount(row(prose, null, "2080506"), "actual"));
        assertEquals(wan("0.94"), amount(row(prose, null, "2080599"), "actual"));
        assertTrue(
                report.warnings().stream().noneMatch(w -> w.message().contains("找不到对应的功能分类科目")),
                () -> report.warnings().toString());
    }
}
