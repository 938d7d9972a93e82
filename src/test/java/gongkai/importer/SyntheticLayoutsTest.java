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
import gongkai.importer.read.DocumentText;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Headings;
import gongkai.importer.text.TableTitles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts the three seeds do not show but other units' documents do. */
class SyntheticLayoutsTest {

    private static ParseResult parse(String... lines) {
        ParseResult r = new DisclosureParser().parse(new DocumentText("t.txt", List.of(lines)));
        assertNotNull(r.disclosure(), () -> r.report().errors().toString());
        return r;
    }

    private static List<String> warnings(ParseResult r) {
        return SeedAssertions.warnings(r.report());
    }

    @Test
    void oneCellPerLineTableWithStatedUnitAndAllThreeLevels() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "第五部分 部门决算表",
                        "公开02表",
                        "收入决算表",
                        "金额单位：万元",
                        "\t项目",
                        "\t本年收入合计",
                        "\t财政拨款收入",
                        "",
                        "\t合计",
                        "\t1,234.56",
                        "\t1,234.56",
                        "",
                        "\t204",
                        "\t公共安全支出",
                        "\t1,234.56",
                        "\t1,234.56",
                        "",
                        "\t20406",
                        "\t司法",
                        "\t1,234.56",
                        "\t1,234.56",
                        "",
                        "\t2040601",
                        "\t行政运行",
                        "\t1,000.00",
                        "\t1,000.00",
                        "",
                        "\t2040610",
                        "\t社区矫正",
                        "\t234.56",
                        "\t234.56",
                        "",
                        "第六部分 名词解释",
                        "一、财政拨款收入：指……");
        DisclosureContent.Table g02 = table(r.disclosure(), StandardTable.G02);
        assertEquals(MoneyUnit.WAN_YUAN, g02.sourceMoneyUnit());
        assertEquals(5, g02.rows().size());
        assertEquals(new BigDecimal("12345600.00"), amount(row(g02, null, "本年收入合计"), "total"));
        assertEquals(new BigDecimal("2345600.00"), amount(row(g02, null, "2040610"), "fiscal"));
        assertEquals(List.of(), warnings(r));
        SeedAssertions.assertCodeTablesAddUp(r.disclosure());
    }

    @Test
    void warnsWhenRowsDoNotAddUpAndWhenANameDiffersFromTheCodeList() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "表三 支出决算表",
                        "单位：元",
                        "科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                        "合计\t\t300.00\t100.00\t200.00",
                        "2040601\t行政运行\t100.00\t100.00\t0.00",
                        "2040610\t社区矫正工作\t150.00\t0.00\t150.00");
        List<String> w = warnings(r);
        assertTrue(
                w.stream().anyMatch(s -> s.startsWith("6:") && s.contains("合计行的「本年支出合计」与各科目之和不相等")),
                w::toString);
        assertTrue(
                w.stream()
                        .anyMatch(
                                s ->
                                        s.startsWith("8:")
                                                && s.contains("社区矫正工作")
                                                && s.contains("不一致")),
                w::toString);
    }

    @Test
    void emptyTableKeepsItsNote() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "公开07表",
                        "政府性基金预算财政拨款收入支出决算表",
                        "本表无数据。",
                        "公开08表 国有资本经营预算财政拨款支出决算表（金额单位：万元）",
                        "注：本单位2023年度没有国有资本经营预算财政拨款支出，故本表为空表。");
        DisclosureContent.Table g07 = table(r.disclosure(), StandardTable.G07);
        assertEquals("本表无数据。", g07.note());
        assertTrue(g07.rows().isEmpty());
        DisclosureContent.Table g08 = table(r.disclosure(), StandardTable.G08);
        assertTrue(g08.note().startsWith("注：本单位2023年度没有"));
        assertEquals(MoneyUnit.WAN_YUAN, g08.sourceMoneyUnit());
    }

    @Test
    void unitOfAnUnlabelledTableComesFromTheOtherTables() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "收入决算表",
                        "金额单位：万元",
                        "科目代码\t科目名称\t本年收入合计",
                        "合计\t\t10.00",
                        "2040601\t行政运行\t10.00",
                        "支出决算表",
                        "科目代码\t科目名称\t本年支出合计",
                        "合计\t\t10.00",
                        "2040601\t行政运行\t10.00");
        assertEquals(
                MoneyUnit.WAN_YUAN, table(r.disclosure(), StandardTable.G03).sourceMoneyUnit());
        assertTrue(
                warnings(r).stream().anyMatch(s -> s.contains("已推定为万元") && s.contains("公开03")),
                () -> warnings(r).toString());
    }

    @Test
    void unrecognisedSectionIsKeptAndWarned() {
        ParseResult r =
                parse("单位名称：某某县司法局", "2023年度", "一、主要职能", "负责全县司法行政工作。", "二、党建引领情况", "坚持党的领导。");
        DisclosureContent.Section s = r.disclosure().sections().get(1);
        assertNull(s.key());
        assertEquals("党建引领情况", s.title());
        assertEquals("坚持党的领导。", s.body());
        assertTrue(warnings(r).contains("5:未识别的章节「党建引领情况」，已按原标题保留"), () -> warnings(r).toString());
    }

    @Test
    void watermarksPageNumbersAndPlaceholdersAreDropped() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "一、主要职能",
                        "仅供内部审核",
                        "负责全县",
                        "- 3 -",
                        "[bookmark: _Toc1]",
                        "司法行政工作。",
                        "仅供内部审核",
                        "第 2 页",
                        "仅供内部审核");
        assertEquals("负责全县\n司法行政工作。", r.disclosure().sections().get(0).body());
    }

    @Test
    void threePublicTableWithOnlyTheActualHalf() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "表九 财政拨款“三公”经费支出决算表",
                        "单位：万元",
                        "合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费",
                        "6.00\t0.00\t4.00\t0.00\t4.00\t2.00");
        DisclosureContent.Row row = row(table(r.disclosure(), StandardTable.G09), null, "三公经费合计");
        assertEquals(new BigDecimal("60000.00"), row.amounts().get("actual_total"));
        assertNull(row.amounts().get("budget_total"));
        assertTrue(warnings(r).stream().anyMatch(s -> s.contains("已按决算数的 6 栏读取")));
    }

    @Test
    void statisticsTableGivesNamedRows() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "公开10表",
                        "相关信息统计表",
                        "金额单位：万元",
                        "项目\t统计数",
                        "一、机关运行经费\t81.04",
                        "二、政府采购金额\t12.50",
                        "车辆数（辆）\t2");
        DisclosureContent.Table g10 = table(r.disclosure(), StandardTable.G10);
        assertEquals(new BigDecimal("810400.00"), amount(row(g10, null, "机关运行经费"), "amount"));
        assertEquals(3, g10.rows().size());
    }

    @Test
    void twoSidedTableWithoutLineNumbersOrHeaderOf04Columns() {
        ParseResult r =
                parse(
                        "单位名称：某某县司法局",
                        "2023年度",
                        "公开01表 收入支出决算总表",
                        "单位：万元",
                        "项目\t金额\t项目\t金额",
                        "一、一般公共预算财政拨款收入\t12\t一、一般公共服务支出\t2",
                        "\t\t四、公共安全支出\t10",
                        "本年收入合计\t12\t本年支出合计\t12",
                        "总计\t12\t总计\t12");
        DisclosureContent.Table g01 = table(r.disclosure(), StandardTable.G01);
        DisclosureContent.Row income = row(g01, LineItem.Side.INCOME, "一般公共预算财政拨款收入");
        assertNull(income.lineNo());
        assertEquals(new BigDecimal("120000.00"), income.amounts().get("amount"));
        assertEquals(
                new BigDecimal("100000.00"),
                amount(row(g01, LineItem.Side.EXPENSE, "204"), "amount"));
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void amountsParser() {
        assertEquals(new BigDecimal("810429.23"), Amounts.parse("810,429.2 3").value());
        assertTrue(Amounts.parse("810,429.2 3").repaired());
        assertTrue(Amounts.parse("167,656.0").suspicious());
        assertTrue(Amounts.parse("1,23,456.00").suspicious());
        assertEquals(new BigDecimal("-12.50"), Amounts.parse("(12.50)").value());
        assertNull(Amounts.parse("社区矫正"));
        assertNull(Amounts.parse("1-11"));
        assertTrue(Amounts.isEmptyMark("—"));
    }

    @Test
    void headingsInTheirNumberings() {
        assertEquals(Headings.Level.PART, Headings.classify("第1部分 单位概况").level());
        assertEquals(Headings.Level.PART, Headings.classify(" 第 三 部分  名词解释").level());
        assertEquals(Headings.Level.L1, Headings.classify("- 十二、关于国有资产占用情况说明").level());
        assertEquals(12, Headings.classify("十二、关于国有资产占用情况说明").number());
        assertEquals(Headings.Level.L2, Headings.classify("(一) 内设机构设置").level());
        assertEquals(Headings.Level.L3, Headings.classify("1．公安（款）").level());
        assertNull(Headings.classify("1.5万元"));
        assertEquals(StandardTable.G08, TableTitles.match("公开08表 国有资本经营预算财政拨款支出决算表"));
        assertEquals(StandardTable.G04, TableTitles.match("表四 财政拨款收入支出决算总表（单位：万元）"));
        assertEquals(StandardTable.G01, TableTitles.match("某某县司法局2023年度收入支出决算总表"));
        assertNull(TableTitles.match("一、收入支出决算总体情况说明"));
    }
}
