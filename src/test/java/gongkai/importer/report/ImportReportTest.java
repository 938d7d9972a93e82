package gongkai.importer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The import report as staff read it. The parser tests assert the findings, rarely the report's
 * text; written after mutation testing (issue 16): dropping a line number, the counts of rows and
 * indicators, the "not listed" remainder or the result line failed none of them.
 */
class ImportReportTest {

    private static DisclosureContent content() {
        DisclosureContent.Row row =
                new DisclosureContent.Row(
                        LineItem.RowKind.FUNCTIONAL,
                        null,
                        "2040610",
                        "社区矫正",
                        null,
                        Map.of("total", BigDecimal.TEN),
                        12);
        DisclosureContent.Table table =
                new DisclosureContent.Table(
                        StandardTable.G03, "支出决算表", null, null, List.of(row, row), 10);
        DisclosureContent.Indicator indicator =
                new DisclosureContent.Indicator(
                        "产出指标", "数量指标", "培训人次", null, null, "500", "620", "人次", null, null, null);
        DisclosureContent.Project project =
                new DisclosureContent.Project(
                        false,
                        "普法宣传",
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
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        List.of(indicator, indicator, indicator),
                        40);
        return new DisclosureContent(
                "某某区司法局",
                2023,
                null,
                null,
                List.of(new DisclosureContent.Section("overview", "一、基本情况", "正文", 3)),
                List.of(table),
                List.of(project));
    }

    @Test
    void theHeaderCountsSectionsTablesRowsProjectsAndIndicators() {
        ImportReport r = new ImportReport.Builder("a.txt").build(content());
        assertEquals(new ImportReport.Counts(1, 1, 2, 1, 3), r.counts());
        assertEquals("某某区司法局", r.unitName());
        assertEquals(2023, r.fiscalYear());
        assertEquals(
                "文件：a.txt\n单位：某某区司法局　年度：2023\n识别：章节 1，表格 1，表格行 2，绩效项目 1，绩效指标 3\n结果：已解析（未保存）",
                r.toText());
    }

    @Test
    void aDocumentNotUnderstoodHasNoUnitNoYearAndZeroCounts() {
        ImportReport r = new ImportReport.Builder("b.pdf").error(null, "无法读取").build(null);
        assertNull(r.unitName());
        assertNull(r.fiscalYear());
        assertEquals(new ImportReport.Counts(0, 0, 0, 0, 0), r.counts());
        assertTrue(r.failed());
        assertEquals(
                "文件：b.pdf\n单位：（未识别）　年度：（未识别）\n识别：章节 0，表格 0，表格行 0，绩效项目 0，绩效指标 0\n"
                        + "错误：无法读取\n结果：导入失败，未保存任何内容",
                r.toText());
    }

    @Test
    void findingsAreListedByKindWithTheirLinesAndTheStoredResultLast() {
        ImportReport r =
                new ImportReport.Builder("c.txt")
                        .warn(7, "合计不符")
                        .warn(null, "缺少公开08")
                        .info(9, "代码较新")
                        .build(null)
                        .stored(42, "DRAFT");
        assertFalse(r.failed());
        assertEquals(42L, r.disclosureId());
        assertTrue(
                r.toText()
                        .endsWith(
                                "警告（第 7 行）：合计不符\n警告：缺少公开08\n提示（第 9 行）：代码较新\n"
                                        + "结果：已保存为公开报告 #42（DRAFT）"),
                r.toText());
    }

    @Test
    void warningsAndAnErrorAddedLaterAreKeptAndAnErrorUndoesTheStoring() {
        ImportReport stored = new ImportReport.Builder("d.txt").build(null).stored(5, "DRAFT");
        ImportReport warned =
                stored.withWarning("甲").withWarnings(List.of(new ImportReport.Message(3, "乙")));
        assertEquals(
                List.of(new ImportReport.Message(null, "甲"), new ImportReport.Message(3, "乙")),
                warned.warnings());
        assertEquals(5L, warned.disclosureId());
        ImportReport failed = warned.withError("丙");
        assertEquals(List.of(new ImportReport.Message(null, "丙")), failed.errors());
        assertNull(failed.disclosureId());
        assertNull(failed.status());
        assertEquals(warned.warnings(), failed.warnings());
    }

    @Test
    void theCoverageLineListsTheUncoveredFiguresAndHowManyMoreWereNotListed() {
        ImportReport.Coverage c =
                ImportReport.Coverage.of(
                        10,
                        5,
                        2,
                        List.of(
                                new ImportReport.Message(14, "3.5"),
                                new ImportReport.Message(15, "7")));
        assertEquals(3, c.rest());
        assertEquals(new BigDecimal("70.0"), c.percent());
        ImportReport r = new ImportReport.Builder("e.txt").inventory(List.of(), c).build(null);
        assertTrue(
                r.toText()
                        .contains(
                                "覆盖 70.0%，其余 3 个未入库\n　未入库数字（第 14 行）：3.5\n"
                                        + "　未入库数字（第 15 行）：7\n　……另有 1 个未列出\n"),
                r.toText());
    }

    @Test
    void aCoverageWhoseRestIsAllListedSaysNothingMore() {
        ImportReport.Coverage c =
                ImportReport.Coverage.of(4, 3, 0, List.of(new ImportReport.Message(2, "1")));
        ImportReport r = new ImportReport.Builder("f.txt").inventory(List.of(), c).build(null);
        assertFalse(r.toText().contains("另有"), r.toText());
        assertEquals(new BigDecimal("100"), ImportReport.Coverage.of(0, 0, 0, List.of()).percent());
    }

    @Test
    void theInventoryMarksUnreadTablesAsErrorsAndGivesLinesWhereKnown() {
        ImportReport.TableEntry read =
                new ImportReport.TableEntry(
                        "公开03", "支出决算表", ImportReport.TableState.READ, 12, 30, null);
        ImportReport.TableEntry unread =
                new ImportReport.TableEntry(
                        "", "项目支出表", ImportReport.TableState.NOT_READ, 0, null, "其后没有表格内容");
        ImportReport r =
                new ImportReport.Builder("g.txt")
                        .inventory(List.of(read, unread), null)
                        .build(null);
        assertEquals(List.of(unread), r.unreadTables());
        assertTrue(
                r.toText()
                        .contains(
                                "表格清单：\n　公开03 支出决算表：已读取（12 行）（第 30 行）\n"
                                        + "　【错误】项目支出表：未读取：其后没有表格内容\n"
                                        + "有 1 张表格未读取：公开前须由工作人员在该报告的页面确认。\n"),
                r.toText());
    }
}
