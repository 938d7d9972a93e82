package gongkai.importer;

import static gongkai.importer.SeedAssertions.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 内蒙古自治区司法厅（本级） 2023: a cover with header fields, a table of contents listing eleven tables, the
 * tables themselves only "见附件", 14 项目支出绩效自评表 inside 预算绩效, amounts in 万元.
 */
class Seed001GoldenTest {

    static DisclosureContent d;
    static ImportReport report;

    @BeforeAll
    static void parse() {
        ParseResult r = Seeds.parse(Seeds.S001);
        report = r.report();
        d = r.disclosure();
        assertNotNull(d, () -> "errors: " + report.errors());
    }

    @Test
    void readsTheCoverFields() {
        assertEquals("内蒙古自治区司法厅（本级）", d.unitName());
        assertEquals(2023, d.fiscalYear());
        assertEquals("白永平", d.people().headOfUnit());
        assertEquals("朱华", d.people().headOfFinance());
        assertEquals("冯文利", d.people().preparer());
        assertEquals(
                LocalDate.of(2024, 8, 1), d.people().reportDate(), "报送日期：2024年8月 (no day given)");
        assertEquals("冯文利", d.people().contactPerson());
        assertEquals("0471-5301308", d.people().contactPhone());
    }

    @Test
    void tableOfContentsProducesNoSectionsAndNoTables() {
        assertTrue(
                d.tables().stream().noneMatch(t -> t.kind() != StandardTable.PROSE),
                "the 11 tables are only listed in 目录");
        assertEquals(
                44,
                d.sections().get(0).line(),
                "the first section is the body's 第一部分, not the contents' (line 11)");
        assertEquals("见附件。1", section(d, SectionKey.TABLES_NOTE).body());
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
        assertEquals("2023年度部门（单位）主要工作完成情况", section(d, SectionKey.WORK_DONE).title());
        assertEquals(
                List.of(
                        44, 45, 75, 87, 102, 104, 114, 125, 133, 135, 171, 176, 180, 190, 193, 196,
                        200, 202, 204, 1775, 1794, 1797),
                d.sections().stream().map(DisclosureContent.Section::line).toList());
    }

    @Test
    void amountsAreInWanYuan() {
        assertEquals(MoneyUnit.WAN_YUAN, d.sourceMoneyUnit());
        String overall = section(d, SectionKey.OVERALL).body();
        assertTrue(overall.startsWith("内蒙古自治区司法厅（本级） 2023年度收入、支出决算总计 9,422.60万元。"), overall);
        assertEquals(
                new BigDecimal("94226000.00"),
                d.sourceMoneyUnit().toYuan(new BigDecimal("9422.60")));
    }

    @Test
    void performanceTablesAreHandedToThePerformanceParser() {
        String performance = section(d, SectionKey.PERFORMANCE).body();
        assertTrue(performance.contains("1.普法专项经费项目自评综述："));
        assertTrue(performance.contains("（三）单位项目绩效评价结果。"));
        assertFalse(
                performance.contains("偏差原因分析及改进措施"),
                "the self-evaluation tables are not narrative");
        assertFalse(
                performance.contains("项目支出绩效自评表\n"),
                "the self-evaluation tables are not narrative");
    }

    /** 五、一般公共预算财政拨款支出决算情况说明 states every 项: the prose parser turns them into the PROSE table. */
    @Test
    void everyNarrativeLineItemInYuan() {
        DisclosureContent.Table prose = SeedAssertions.table(d, StandardTable.PROSE);
        String[][] expected = {
            {"2040201", "23232800.00", "27134300.00"}, {"2040602", "31955600.00", "31638000.00"},
            {"2040604", "1821600.00", "3595700.00"}, {"2040605", "8927700.00", "8921400.00"},
            {"2040607", "1440000.00", "1440000.00"}, {"2040608", "5602500.00", "5602500.00"},
            {"2040610", "780000.00", "780000.00"}, {"2040612", "4095800.00", "4095800.00"},
            {"2040613", "1381000.00", "1381000.00"}, {"2080501", "1854700.00", "1925300.00"},
            {"2080505", "1888700.00", "2148700.00"}, {"2080506", "944400.00", "1074400.00"},
            {"2080116", "140000.00", "140000.00"}, {"2101101", "878000.00", "1086000.00"},
            {"2101103", "501700.00", "501700.00"}, {"2210201", "2143600.00", "2267500.00"}
        };
        assertEquals(
                expected.length,
                prose.rows().stream().filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL).count());
        // 八、“三公”经费: "全年预算 30.41万元，支出决算 29.29万元" and each item's figures, as named rows
        String[][] threePublic = {
            {"三公经费合计", "304100.00", "292900.00"}, {"因公出国(境)费", "0.00", "0.00"},
            {"公务用车购置及运行维护费", "300000.00", "288700.00"}, {"公务接待费", "4100.00", "4100.00"}
        };
        assertEquals(expected.length + threePublic.length, prose.rows().size());
        for (String[] e : threePublic) {
            DisclosureContent.Row r = SeedAssertions.row(prose, null, e[0]);
            assertEquals(LineItem.RowKind.NAMED, r.kind(), e[0]);
            assertEquals(new BigDecimal(e[1]), SeedAssertions.amount(r, "budget"), e[0]);
            assertEquals(new BigDecimal(e[2]), SeedAssertions.amount(r, "actual"), e[0]);
        }
        for (String[] e : expected) {
            DisclosureContent.Row r = SeedAssertions.row(prose, null, e[0]);
            assertEquals(new BigDecimal(e[1]), SeedAssertions.amount(r, "budget"), e[0]);
            assertEquals(new BigDecimal(e[2]), SeedAssertions.amount(r, "actual"), e[0]);
        }
        // 9,422.60万元 in total, of which 公共安全 8,458.86万元: the 项 of 204 add up to it within the
        // 0.01万元 the narrative rounds to
        BigDecimal security =
                prose.rows().stream()
                        .filter(r -> r.code().startsWith("204"))
                        .map(r -> r.amounts().get("actual"))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(
                security.subtract(new BigDecimal("84588600.00"))
                                .abs()
                                .compareTo(new BigDecimal("100"))
                        <= 0,
                security.toPlainString());
        // 210 卫生健康 158.78万元 and 221 住房保障 226.75万元 likewise; 208 社会保障和就业 (578.22万元) is not:
        // the narrative lists only 528.84万元 of its 项, so Σ of all 项 (9,373.23万元) falls short of
        // 9,422.60万元
        for (String[] c : new String[][] {{"210", "1587800.00"}, {"221", "2267500.00"}}) {
            BigDecimal s =
                    prose.rows().stream()
                            .filter(r -> r.code().startsWith(c[0]))
                            .map(r -> r.amounts().get("actual"))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertTrue(
                    s.subtract(new BigDecimal(c[1])).abs().compareTo(new BigDecimal("100")) <= 0,
                    c[0] + " " + s);
        }
    }

    @Test
    void fiveSelfEvaluationTablesBecomeProjects() {
        assertEquals(
                List.of("普法专项经费", "行政复议经费", "依法治区经费", "“数字法治 智慧司法”信息化运维费", "国家统一法律职业资格考试经费"),
                d.projects().stream()
                        .filter(p -> !p.fromProse())
                        .map(DisclosureContent.Project::name)
                        .toList());
    }

    @Test
    void noTextIsLost() {
        SeedAssertions.assertNoTextLost(Seeds.text(Seeds.S001), d, List.of("2023年度内蒙古自治区司法厅（本级）"));
    }

    @Test
    void givesNoWarningsOfItsOwn() {
        // the performance and prose parsers may add findings about the self-evaluations; the
        // outline gives none
        assertTrue(
                SeedAssertions.warnings(report).stream()
                        .noneMatch(w -> w.contains("章节") || w.contains("金额单位") || w.contains("表")),
                () -> String.join("\n", SeedAssertions.warnings(report)));
        assertTrue(report.errors().isEmpty());
    }
}
