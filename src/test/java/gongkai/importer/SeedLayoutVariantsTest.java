package gongkai.importer;

import static gongkai.importer.SeedAssertions.amount;
import static gongkai.importer.SeedAssertions.row;
import static gongkai.importer.SeedAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import gongkai.importer.tables.Codes;
import gongkai.importer.tables.ThreePublicTableParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layouts that real 2023 reports of the seeds' family print and the seeds do not, each built
 * from the seed 004 by {@link SeedLayouts}: every table must be read with its amounts.
 */
class SeedLayoutVariantsTest {

    private static DisclosureContent parsed(List<String> lines) {
        ParseResult r = SeedLayouts.parse(lines);
        assertNotNull(r.disclosure(), () -> "errors: " + r.report().errors());
        return r.disclosure();
    }

    /** A printed 元 amount such as "13,742,926.23" as stored. */
    private static java.math.BigDecimal yuan(String printed) {
        return SeedAssertions.yuan(printed.replace(",", ""));
    }

    private static List<String> warnings(List<String> lines) {
        return SeedAssertions.warnings(SeedLayouts.parse(lines).report());
    }

    @Test
    void unitNameComesFromHeadingsAndNarrativeWithoutANameLine() {
        DisclosureContent d = parsed(SeedLayouts.unitNameOnlyInHeadingsAndNarrative());
        assertEquals(SeedLayouts.UNIT, d.unitName());
        assertEquals(2023, d.fiscalYear());
    }

    @Test
    void tablesWhoseHeadingsWereSplitOverLinesAreRead() {
        List<String> lines = SeedLayouts.splitTableHeadings();
        DisclosureContent d = parsed(lines);
        DisclosureContent.Table g02 = table(d, StandardTable.G02);
        assertEquals(MoneyUnit.YUAN, g02.sourceMoneyUnit());
        assertEquals(16, g02.rows().size());
        assertEquals(yuan("13,742,926.23"), amount(row(g02, null, "本年收入合计"), "total"));
        assertEquals(yuan("3,655,033.68"), amount(row(g02, null, "2040699"), "fiscal"));
        assertEquals(yuan("533,754.42"), amount(row(g02, null, "2040699"), "other"));
        DisclosureContent.Table g05 = table(d, StandardTable.G05);
        assertEquals(16, g05.rows().size());
        assertEquals(yuan("13,199,144.81"), amount(row(g05, null, "合计"), "total"));
        assertEquals(yuan("7,671,259.06"), amount(row(g05, null, "合计"), "basic"));
        assertEquals(yuan("3,555,033.68"), amount(row(g05, null, "2040699"), "project"));
        List<String> w = warnings(lines);
        assertTrue(
                w.stream().noneMatch(s -> s.contains("公开02（") || s.contains("公开05（")),
                "the split unit statements say 元: " + w);
    }

    @Test
    void basicExpenditureTableInFourColumnGroupsIsRead() {
        assertBasicTable(SeedLayouts.fourGroupBasicTable());
    }

    @Test
    void basicExpenditureTableInFourGroupsOfCodeWithNameAndAmountIsRead() {
        assertBasicTable(SeedLayouts.fourGroupBasicTableCodeAndNameInOneCell());
    }

    private static void assertBasicTable(List<String> lines) {
        DisclosureContent original = Seeds.parse(Seeds.S004).disclosure();
        int codeRows =
                (int)
                        table(original, StandardTable.G06).rows().stream()
                                .filter(r -> r.kind() == LineItem.RowKind.ECONOMIC)
                                .count();
        DisclosureContent d = parsed(lines);
        DisclosureContent.Table g06 = table(d, StandardTable.G06);
        assertEquals(
                codeRows,
                g06.rows().stream().filter(r -> r.kind() == LineItem.RowKind.ECONOMIC).count());
        assertEquals(yuan("6,827,679.83"), amount(row(g06, null, "301"), "amount"));
        assertEquals("工资福利支出", row(g06, null, "301").name());
        assertEquals("对个人和家庭的补助", row(g06, null, "303").name());
        assertEquals(yuan("24,150.00"), amount(row(g06, null, "30305"), "amount"));
        assertEquals(yuan("30,000.00"), amount(row(g06, null, "30217"), "amount"));
        assertEquals(yuan("273,511.00"), amount(row(g06, null, "30239"), "amount"));
        assertEquals(yuan("6,860,829.83"), amount(row(g06, null, "人员经费合计"), "amount"));
        assertEquals(yuan("810,429.23"), amount(row(g06, null, "公用经费合计"), "amount"));
    }

    @Test
    void threePublicTableWithTwoHeaderRowsAndARowPerHalfIsRead() {
        assertThreePublic(SeedLayouts.threePublicRowsPerHalf());
    }

    @Test
    void threePublicTableWithBudgetAndActualColumnsPerItemIsRead() {
        assertThreePublic(SeedLayouts.threePublicColumnsPerItem());
    }

    private static void assertThreePublic(List<String> lines) {
        DisclosureContent.Row r =
                row(table(parsed(lines), StandardTable.G09), null, ThreePublicTableParser.ROW_CODE);
        assertEquals(yuan("80,000.00"), r.amounts().get("budget_total"));
        assertEquals(yuan("0.00"), r.amounts().get("budget_abroad"));
        assertEquals(yuan("50,000.00"), r.amounts().get("budget_vehicle"));
        assertEquals(yuan("0.00"), r.amounts().get("budget_vehicle_purchase"));
        assertEquals(yuan("50,000.00"), r.amounts().get("budget_vehicle_operation"));
        assertEquals(yuan("30,000.00"), r.amounts().get("budget_reception"));
        assertEquals(yuan("70,000.00"), r.amounts().get("actual_total"));
        assertEquals(yuan("40,000.00"), r.amounts().get("actual_vehicle"));
        assertEquals(yuan("40,000.00"), r.amounts().get("actual_vehicle_operation"));
        assertEquals(yuan("30,000.00"), r.amounts().get("actual_reception"));
        assertTrue(
                warnings(lines).stream().noneMatch(s -> s.contains("公开09")),
                () -> warnings(lines).toString());
    }

    @Test
    void tablesNumberedTheOlderWayAreRead() {
        DisclosureContent d = parsed(SeedLayouts.olderNumbering());
        assertEquals(
                yuan("13,742,926.23"),
                amount(row(table(d, StandardTable.G01), LineItem.Side.INCOME, "本年收入合计"), "amount"));
        assertEquals(
                yuan("450,000.00"),
                amount(row(table(d, StandardTable.G02), null, "2040605"), "total"));
        assertEquals(
                yuan("7,965,932.87"),
                amount(row(table(d, StandardTable.G03), null, "本年支出合计"), "basic"));
        assertEquals(
                yuan("5,527,885.75"),
                amount(row(table(d, StandardTable.G05), null, "合计"), "project"));
    }

    @Test
    void newerCodesAreAcceptedAndAnUnlistedOneIsOnlyInformation() {
        List<String> lines = SeedLayouts.newerCodes();
        ParseResult r = SeedLayouts.parse(lines);
        List<String> w = SeedAssertions.warnings(r.report());
        assertTrue(
                w.stream()
                        .noneMatch(
                                s ->
                                        s.contains("2013299")
                                                || s.contains("2089999")
                                                || s.contains("2101198")),
                w::toString);
        List<String> info =
                r.report().infos().stream().map(m -> m.line() + ":" + m.message()).toList();
        assertTrue(
                info.stream().noneMatch(s -> s.contains("2013299") || s.contains("2089999")),
                info::toString);
        assertTrue(
                info.stream().anyMatch(s -> s.contains("2101198") && s.contains("21011")),
                info::toString);
        assertEquals(
                yuan("353,734.00"),
                amount(row(table(r.disclosure(), StandardTable.G03), null, "2013299"), "total"));
    }

    @Test
    void formerClassNamesAndUnknownCodesAreInformationAndOtherNamesWarnings() {
        ImportReport.Builder b = new ImportReport.Builder("codes");
        var codes = gongkai.classification.CodeList.standard();
        Codes.checkName(codes, true, "210", "医疗卫生与计划生育支出", 3, b);
        Codes.checkName(codes, true, "2040610", "社区矫正工作", 4, b);
        Codes.checkName(codes, true, "2059999", "其他教育支出", 5, b);
        Codes.checkName(codes, false, "30230", "某项新设费用", 6, b);
        ImportReport r = b.build(null);
        assertEquals(List.of(4), r.warnings().stream().map(ImportReport.Message::line).toList());
        assertEquals(List.of(3, 5, 6), r.infos().stream().map(ImportReport.Message::line).toList());
        assertTrue(r.infos().get(0).message().contains("卫生健康支出"), r.infos()::toString);
        assertTrue(r.infos().get(1).message().contains("205"), r.infos()::toString);
        assertTrue(r.infos().get(2).message().contains("302"), r.infos()::toString);
    }

    @Test
    void overallSelfEvaluationKeepsItsTextCellsAndItsCarryoverIsNotTheBasicExpenditure() {
        DisclosureContent d = parsed(SeedLayouts.overall());
        DisclosureContent.Project p =
                d.projects().stream()
                        .filter(DisclosureContent.Project::overall)
                        .findFirst()
                        .orElseThrow();
        assertEquals(SeedLayouts.UNIT, p.name());
        assertEquals(yuan("13,199,144.81"), p.executed());
        assertEquals(
                yuan("0.00"), p.executedCarryover() == null ? yuan("0.00") : p.executedCarryover());
        assertTrue(
                p.executedCarryover() == null || p.executedCarryover().signum() == 0,
                "上年结转 got " + p.executedCarryover());
        assertTrue(
                p.annualBudgetCarryover() == null || p.annualBudgetCarryover().signum() == 0,
                "上年结转 got " + p.annualBudgetCarryover());
        assertTrue(p.goalPlanned().contains(SeedLayouts.GOAL_ONLY_WORD), p.goalPlanned());
        assertNotNull(p.summary());
        assertTrue(p.summary().contains("年度主要工作内容"), p.summary());
        assertTrue(p.summary().contains(SeedLayouts.WORK_ONLY_WORD), p.summary());
        assertTrue(p.summary().contains("基本支出"), p.summary());
        assertTrue(
                p.indicators().get(1).deviationReason().contains(SeedLayouts.DEVIATION_ONLY_WORD));
        assertNull(null);
    }
}
