package gongkai.importer;

import static gongkai.importer.SeedAssertions.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 内蒙古自治区法治宣传中心 2023: no cover, no table (第五部分 says 见附件), figures only in the narrative (102.73万元 is
 * the 收支总计, stated in 情况说明 sections 一 to 六).
 */
class Seed000GoldenTest {

    static DisclosureContent d;
    static ImportReport report;

    @BeforeAll
    static void parse() {
        ParseResult r = Seeds.parse(Seeds.S000);
        report = r.report();
        d = r.disclosure();
        assertNotNull(d, () -> "errors: " + report.errors());
    }

    @Test
    void takesUnitNameAndYearFromTheNarrative() {
        assertEquals("内蒙古自治区法治宣传中心", d.unitName());
        assertEquals(2023, d.fiscalYear());
        assertEquals("冯文利", d.people().contactPerson());
        assertEquals("0471-5301317", d.people().contactPhone());
        assertNull(d.people().headOfUnit());
        assertNull(d.people().reportDate());
    }

    @Test
    void hasNoTablesOnlyTheAttachmentPlaceholder() {
        assertTrue(
                d.tables().stream().allMatch(t -> t.kind() == StandardTable.PROSE),
                "only the narrative's line items");
        assertEquals("见附件。1", section(d, SectionKey.TABLES_NOTE).body());
        assertEquals(
                MoneyUnit.WAN_YUAN,
                d.sourceMoneyUnit(),
                "without tables: the unit the narrative uses");
    }

    @Test
    void recognisesEveryStandardSection() {
        assertEquals(
                Arrays.asList(
                        null,
                        "FUNCTIONS",
                        "ORGANISATION",
                        "WORK_DONE",
                        null,
                        "OVERALL",
                        "INCOME",
                        "EXPENDITURE",
                        "FISCAL_OVERALL",
                        "GENERAL_BUDGET",
                        "BASIC_EXPENDITURE",
                        "PROJECT_EXPENDITURE",
                        "THREE_PUBLIC",
                        "GOV_FUND",
                        "STATE_CAPITAL",
                        "OPERATING_COSTS",
                        "PROCUREMENT",
                        "ASSETS",
                        "PERFORMANCE",
                        "GLOSSARY",
                        "CONTACT",
                        "TABLES_NOTE"),
                d.sections().stream().map(DisclosureContent.Section::key).toList());
        assertEquals(
                List.of(
                        "单位概况",
                        "主要职能、职责",
                        "单位机构设置及决算单位构成情况",
                        "2023年度单位主要工作完成情况",
                        "单位决算情况说明",
                        "收入支出决算总体情况说明",
                        "收入决算情况说明",
                        "支出决算情况说明",
                        "财政拨款收入支出决算总体情况说明",
                        "一般公共预算财政拨款支出决算情况说明",
                        "一般公共预算财政拨款基本支出决算情况说明",
                        "一般公共预算财政拨款项目支出决算情况说明",
                        "财政拨款“三公”经费支出决算情况说明",
                        "政府性基金预算财政拨款支出决算情况说明",
                        "国有资本经营预算财政拨款支出决算情况说明",
                        "机构运行经费支出决算情况说明",
                        "政府采购支出决算情况说明",
                        "国有资产占用情况说明",
                        "预算绩效情况说明",
                        "名词解释",
                        "决算公开联系方式及信息反馈渠道",
                        "单位决算表"),
                d.sections().stream().map(DisclosureContent.Section::title).toList());
        assertEquals(
                List.of(
                        1, 3, 5, 17, 51, 53, 63, 83, 99, 101, 117, 121, 125, 136, 138, 141, 143,
                        145, 147, 155, 176, 181),
                d.sections().stream().map(DisclosureContent.Section::line).toList());
    }

    @Test
    void statesItsTotalOf102point73WanYuanInTheNarrative() {
        assertTrue(
                section(d, SectionKey.OVERALL)
                        .body()
                        .startsWith("内蒙古自治区法治宣传中心 2023年度收入、支出决算总计 102.73万元。"));
        assertTrue(
                section(d, SectionKey.INCOME)
                        .body()
                        .contains("本年一般公共预算财政拨款收入 102.73万元，占 100.00%；"));
        assertTrue(
                section(d, SectionKey.EXPENDITURE).body().contains("本年基本支出 102.73万元，占 100.00%；"));
        assertTrue(section(d, SectionKey.BASIC_EXPENDITURE).body().contains("（一）人员经费 100.78万元。"));
        assertEquals(
                new BigDecimal("1027300.00"), MoneyUnit.WAN_YUAN.toYuan(new BigDecimal("102.73")));
    }

    @Test
    void keepsBodiesWithParagraphBreaksAndWithoutChartResidue() {
        String income = section(d, SectionKey.INCOME).body();
        assertTrue(income.endsWith("本年其他收入 0.00万元，占 0.00%。\n图1.收入决算图"), income);
        assertFalse(income.contains("image"));
        assertFalse(section(d, SectionKey.EXPENDITURE).body().contains("FHREE"));
        String organisation = section(d, SectionKey.ORGANISATION).body();
        assertTrue(
                organisation.endsWith("序号\n单位名称\n单位性质\n1\n内蒙古自治区法治宣传中心\n公益一类事业单位"), organisation);
        String work = section(d, SectionKey.WORK_DONE).body();
        assertTrue(
                work.contains("（一）以党建为引领，推动人才队伍壮大起来\n法治宣传中心坚持围绕中心抓党建"),
                "sub-headings stay in the body");
    }

    @Test
    void noTextIsLost() {
        SeedAssertions.assertNoTextLost(Seeds.text(Seeds.S000), d, List.of());
    }

    @Test
    void givesNoWarnings() {
        assertEquals(List.of(), SeedAssertions.warnings(report));
        assertTrue(report.errors().isEmpty());
    }
}
