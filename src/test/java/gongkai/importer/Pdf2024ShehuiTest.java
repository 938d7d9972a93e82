package gongkai.importer;

import static gongkai.importer.Pdf2024CaizhengjuTest.rows;
import static gongkai.importer.Pdf2024CaizhengjuTest.wan;
import static gongkai.importer.SeedAssertions.amount;
import static gongkai.importer.SeedAssertions.row;
import static gongkai.importer.SeedAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 中共上海市普陀区委社会工作部 2024 (../shared/pdf, WPS): a department founded in 2024, tables ruled with
 * horizontal lines only, codes in one cell, three tables empty (本表无数据). Figures from the PDF (万元).
 */
class Pdf2024ShehuiTest {

    static DisclosureContent d;
    static ImportReport report;

    @BeforeAll
    static void parse() {
        ParseResult r = RealPdfs.parse("2024-putuo-shehui-gongzuobu.pdf");
        report = r.report();
        d = r.disclosure();
        assertNotNull(d, () -> "errors: " + report.errors());
    }

    @Test
    void findsUnitAndYear() {
        assertEquals("中共上海市普陀区委社会工作部", d.unitName());
        assertEquals(2024, d.fiscalYear());
        assertTrue(report.errors().isEmpty(), () -> report.errors().toString());
    }

    @Test
    void readsAllNineTablesTheEmptyOnesAsEmpty() {
        for (StandardTable k : List.of(StandardTable.G07, StandardTable.G08, StandardTable.G09)) {
            DisclosureContent.Table t = table(d, k);
            assertTrue(t.rows().isEmpty(), k + " has no data");
            assertTrue(t.note() != null && t.note().contains("本表无数据"), k + " note " + t.note());
        }
        assertEquals(42, table(d, StandardTable.G01).rows().size());
        assertEquals(18, table(d, StandardTable.G02).rows().size());
        assertEquals(18, table(d, StandardTable.G03).rows().size());
        assertEquals(38, table(d, StandardTable.G04).rows().size());
        assertEquals(18, table(d, StandardTable.G05).rows().size());
        assertEquals(67, table(d, StandardTable.G06).rows().size());
    }

    @Test
    void summaryTables() {
        var in = LineItem.Side.INCOME;
        var out = LineItem.Side.EXPENSE;
        DisclosureContent.Table g01 = table(d, StandardTable.G01);
        rows(g01, in, "amount", "一般公共预算财政拨款收入", "307.82", "本年收入合计", "307.82", "总计", "307.82");
        rows(g01, out, "amount", "201", "264.87", "208", "10.82", "210", "2.71", "221", "29.42");
        rows(g01, out, "amount", "本年支出合计", "307.82", "总计", "307.82");
        DisclosureContent.Table g04 = table(d, StandardTable.G04);
        rows(g04, in, "amount", "一般公共预算财政拨款收入", "307.82", "总计", "307.82");
        rows(g04, out, "total", "201", "264.87", "208", "10.82", "210", "2.71", "221", "29.42");
        rows(g04, out, "general", "本年支出合计", "307.82", "总计", "307.82");
    }

    @Test
    void codedTables() {
        DisclosureContent.Table g02 = table(d, StandardTable.G02);
        rows(g02, null, "total", "本年收入合计", "307.82", "201", "264.87", "20139", "264.87");
        rows(g02, null, "fiscal", "2013901", "51.32", "2013950", "11.31", "2013999", "202.24");
        rows(g02, null, "total", "2080505", "6.18", "2080506", "4.64", "2101101", "2.22");
        rows(g02, null, "total", "2101102", "0.49", "2210201", "17.70", "2210203", "11.72");
        assertEquals("机关事业单位基本养老保险缴费支出", row(g02, null, "2080505").name());
        DisclosureContent.Table g03 = table(d, StandardTable.G03);
        rows(g03, null, "basic", "本年支出合计", "105.58", "201", "62.63", "2013901", "51.32");
        rows(g03, null, "project", "本年支出合计", "202.24", "2013999", "202.24");
        rows(g03, null, "total", "2080505", "6.18", "2080506", "4.64", "21011", "2.71");
        rows(g03, null, "total", "2210201", "17.70", "2210203", "11.72", "22102", "29.42");
        DisclosureContent.Table g05 = table(d, StandardTable.G05);
        rows(g05, null, "total", "合计", "307.82", "201", "264.87", "2013999", "202.24");
        rows(g05, null, "basic", "合计", "105.58", "2013901", "51.32", "2013950", "11.31");
        rows(g05, null, "total", "2080505", "6.18", "2080506", "4.64", "2101101", "2.22");
        rows(g05, null, "total", "2101102", "0.49", "2210201", "17.70", "2210203", "11.72");
        assertEquals("机关事业单位基本养老保险缴费支出", row(g05, null, "2080505").name());
    }

    @Test
    void basicExpenditureTable() {
        DisclosureContent.Table g06 = table(d, StandardTable.G06);
        rows(g06, null, "amount", "301", "95.36", "30101", "14.12", "30102", "39.72");
        rows(g06, null, "amount", "30107", "10.16", "30108", "6.18", "30110", "2.71");
        rows(g06, null, "amount", "302", "10.23", "30201", "3.78", "30211", "1.15");
        rows(g06, null, "amount", "30226", "0.68", "30229", "1.48", "30239", "2.43");
        rows(g06, null, "amount", "人员经费合计", "95.36", "公用经费合计", "10.23");
        assertEquals(wan("0.00"), amount(row(g06, null, "31099"), "amount"));
        assertEquals("机关事业单位基本养老保险缴费", row(g06, null, "30108").name());
    }
}
