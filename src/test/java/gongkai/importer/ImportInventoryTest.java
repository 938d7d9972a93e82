package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.StandardTable;
import gongkai.importer.read.DocumentText;
import gongkai.importer.report.ImportReport;
import gongkai.importer.report.ReportText;
import gongkai.testsupport.SampleVariants;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing lost silently: every table with what became of it, and the amount coverage. */
class ImportInventoryTest {

    private static ImportReport.TableEntry entry(ImportReport report, StandardTable kind) {
        return report.inventory().stream()
                .filter(e -> e.title().equals(kind.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not listed: " + report.inventory()));
    }

    @Test
    void aTableWhoseBodyWasLostIsNamedAsNotRead() {
        byte[] variant =
                SampleVariants.withTableBodyLost(Seeds.bytes(Seeds.S004), "收入决算表", "支出决算表");
        ParseResult r = new DisclosureParser().parse(variant, Seeds.S004);
        ImportReport report = r.report();
        assertNotNull(r.disclosure(), () -> report.errors().toString());
        assertEquals(7, report.counts().tables());
        ImportReport.TableEntry g02 = entry(report, StandardTable.G02);
        assertEquals(ImportReport.TableState.NOT_READ, g02.state());
        assertTrue(g02.blocking());
        assertEquals(131, g02.line());
        assertTrue(g02.reason().contains("其后没有表格内容"), g02.reason());
        assertEquals(List.of(g02), report.unreadTables());
        assertTrue(report.toText().contains("【错误】公开02 收入决算表：未读取："), report.toText());
    }

    @Test
    void seedTablesAreReadOrListedAsAbsentFromTheBody() {
        ImportReport report = Seeds.parse(Seeds.S004).report();
        assertEquals(9, report.inventory().size(), () -> report.inventory().toString());
        assertEquals(
                7,
                report.inventory().stream()
                        .filter(e -> e.state() == ImportReport.TableState.READ)
                        .count());
        assertEquals(ImportReport.TableState.NOT_FOUND, entry(report, StandardTable.G07).state());
        assertEquals(ImportReport.TableState.NOT_FOUND, entry(report, StandardTable.G08).state());
        assertEquals(42, entry(report, StandardTable.G01).rows());
        assertEquals(List.of(), report.unreadTables());
        for (String seed : Seeds.ALL) {
            assertEquals(List.of(), Seeds.parse(seed).report().unreadTables(), seed);
        }
    }

    /** Measured 2026-12-05: 000 1 of 1, 001 403 of 403, 004 806 of 806 (all 100.0%). */
    @Test
    void seedsCoverAtLeastNinetyNinePercentOfTheirFigures() {
        for (String seed : Seeds.ALL) {
            ImportReport.Coverage c = Seeds.parse(seed).report().coverage();
            assertTrue(
                    c.percent().compareTo(new BigDecimal("99.0")) >= 0,
                    () -> seed + ": " + ReportText.coverageLine(c) + " " + c.uncovered());
        }
        ImportReport.Coverage c004 = Seeds.parse(Seeds.S004).report().coverage();
        assertTrue(c004.stored() >= 500, () -> ReportText.coverageLine(c004));
        assertTrue(c004.cells() >= 800, () -> ReportText.coverageLine(c004));
    }

    @Test
    void coverageListsExactlyTheFiguresNoTableStored() {
        ParseResult r =
                new DisclosureParser()
                        .parse(
                                new DocumentText(
                                        "t.txt",
                                        List.of(
                                                "单位名称：某某县司法局",
                                                "2023年度",
                                                "第五部分 部门决算表",
                                                "收入决算表",
                                                "金额单位：元",
                                                "项目\t\t本年收入合计\t财政拨款收入",
                                                "科目代码\t科目名称",
                                                "栏次\t\t1\t2",
                                                "合计\t\t300.00\t300.00",
                                                "2040601\t行政运行\t300.00\t300.00",
                                                "支出决算表",
                                                "本表无数据。",
                                                "第六部分 其他情况",
                                                "各科室人员和经费如下。",
                                                "科室\t人数\t经费\t占比",
                                                "办公室\t12\t45.50\t15%",
                                                "2023\t年度")));
        ImportReport report = r.report();
        assertNotNull(r.disclosure(), () -> report.errors().toString());
        ImportReport.Coverage c = report.coverage();
        assertEquals(
                List.of(
                        new ImportReport.Message(16, "12（办公室）"),
                        new ImportReport.Message(16, "45.50（办公室）")),
                c.uncovered());
        // 300.00 ×4 stored; 1, 2 (栏次), 2040601 (code), 15% and 2023 (year) skipped
        assertEquals(11, c.cells());
        assertEquals(4, c.stored());
        assertEquals(5, c.skipped());
        assertEquals(new BigDecimal("81.8"), c.percent());
        assertEquals(ImportReport.TableState.READ, entry(report, StandardTable.G02).state());
        assertEquals(ImportReport.TableState.EMPTY, entry(report, StandardTable.G03).state());
        assertTrue(report.toText().contains("公开03 支出决算表：本表无数据"), report.toText());
        assertTrue(report.toText().contains("未入库数字（第 16 行）：45.50（办公室）"), report.toText());
    }

    /** The 2024 set in the order those reports print it, titled as they title it. */
    private static final List<String> SET_2024 =
            List.of(
                    "收入支出决算总表",
                    "收入决算表",
                    "支出决算表",
                    "财政拨款收入支出决算总表",
                    "一般公共预算财政拨款支出决算表",
                    "一般公共预算财政拨款基本支出决算表",
                    "财政拨款“三公”经费支出决算表",
                    "政府性基金预算财政拨款收入支出决算表",
                    "国有资本经营预算财政拨款收入支出决算表");

    @Test
    void the2024CaizhengjuTablesAreListedByTheirOwnTitlesNotAsPublicNumbers() {
        assertListedAs2024Set(RealPdfs.parse("2024-putuo-caizhengju.pdf").report());
    }

    @Test
    void the2024ShehuiTablesAreListedByTheirOwnTitlesNotAsPublicNumbers() {
        assertListedAs2024Set(RealPdfs.parse("2024-putuo-shehui-gongzuobu.pdf").report());
    }

    private static void assertListedAs2024Set(ImportReport report) {
        assertEquals(
                SET_2024,
                report.inventory().stream().map(ImportReport.TableEntry::title).toList(),
                report::toText);
        assertTrue(report.inventory().stream().allMatch(e -> e.table().isEmpty()), report::toText);
        assertFalse(inventoryText(report).contains("公开"), report::toText);
        assertTrue(inventoryText(report).contains("\u3000一般公共预算财政拨款基本支出决算表：已读取"), report::toText);
    }

    @Test
    void aTextOfThe2024SetIsListedByItsOwnTitlesInDocumentOrder() {
        ParseResult r =
                new DisclosureParser()
                        .parse(
                                new DocumentText(
                                        "t.txt",
                                        List.of(
                                                "单位名称：某某区司法局",
                                                "2024年度",
                                                "第五部分 部门决算表",
                                                "某某区司法局2024年度收入决算表",
                                                "金额单位：元",
                                                "项目\t\t本年收入合计\t财政拨款收入",
                                                "科目代码\t科目名称",
                                                "合计\t\t300.00\t300.00",
                                                "2040601\t行政运行\t300.00\t300.00",
                                                "财政拨款“三公”经费支出决算表",
                                                "本表无数据。",
                                                "国有资本经营预算财政拨款收入支出决算表",
                                                "本表无数据。")));
        ImportReport report = r.report();
        assertNotNull(r.disclosure(), () -> report.errors().toString());
        assertEquals(
                List.of("收入决算表", "财政拨款“三公”经费支出决算表", "国有资本经营预算财政拨款收入支出决算表"),
                report.inventory().stream().map(ImportReport.TableEntry::title).toList(),
                report::toText);
        assertTrue(report.inventory().stream().allMatch(e -> e.table().isEmpty()), report::toText);
        assertTrue(
                report.toText().contains("\u3000国有资本经营预算财政拨款收入支出决算表：本表无数据（第 12 行）"),
                report::toText);
        assertFalse(inventoryText(report).contains("公开"), report::toText);
    }

    /** The report's 表格清单 part, up to the amount coverage. */
    private static String inventoryText(ImportReport report) {
        String text = report.toText();
        int from = text.indexOf("表格清单");
        int to = text.indexOf("金额覆盖", Math.max(from, 0));
        return from < 0 ? "" : text.substring(from, to < 0 ? text.length() : to);
    }
}
