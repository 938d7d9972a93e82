package gongkai.importer.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.report.ImportReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A budget's performance targets (绩效目标表) are read with the self-evaluation machinery, by title and
 * header words: one table per project, and one table with a 项目名称 column for all projects.
 */
class PerformanceTargetTablesTest {

    private static List<String> rows(String... rows) {
        List<String> lines = new ArrayList<>();
        for (String r : rows) {
            lines.add(r.replace('|', '\t'));
        }
        return lines;
    }

    private static List<DisclosureContent.Project> read(
            List<String> lines, ImportReport.Builder report) {
        List<DisclosureContent.Project> projects = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (PerformanceParser.titleLines(lines, i) > 0) {
                PerformanceParser.Block b = PerformanceParser.parse(lines, i, report);
                assertTrue(b.target(), "a target table: " + lines.get(i));
                projects.addAll(b.projects());
                i = b.end() - 1;
            }
        }
        return projects;
    }

    private static List<String> warnings(ImportReport.Builder report) {
        return report.build(null).warnings().stream().map(ImportReport.Message::message).toList();
    }

    @Test
    void recognisesTargetTitlesButNotSentencesAboutTargets() {
        assertTrue(PerformanceParser.isPerformanceTableStart("项目支出绩效目标表"));
        assertTrue(PerformanceParser.isPerformanceTableStart("附件2：部门整体支出绩效目标表（2023年度）"));
        assertTrue(PerformanceParser.isPerformanceTableStart("十一、部门预算项目绩效目标表"));
        assertTrue(PerformanceParser.isPerformanceTableStart("2023年项目支出绩效目标申报表"));
        assertTrue(PerformanceParser.isTargetTitle("项目支出绩效目标表"));
        assertFalse(PerformanceParser.isTargetTitle("项目支出绩效自评表"));
        assertFalse(PerformanceParser.isPerformanceTableStart("本部门2023年对项目支出全部设定绩效目标。"));
        assertFalse(PerformanceParser.isPerformanceTableStart("本部门按要求编制了项目支出绩效目标表，详见附件。"));
        List<String> wrapped = rows("项目支出绩效目", "标表", "项目名称|普法宣传经费");
        assertEquals(2, PerformanceParser.titleLines(wrapped, 0));
    }

    @Test
    void readsOneTargetTablePerProjectWithMoneyGoalAndIndicators() {
        ImportReport.Builder report = new ImportReport.Builder("t");
        List<DisclosureContent.Project> projects =
                read(
                        rows(
                                "项目支出绩效目标表",
                                "（2023年度）",
                                "单位：万元",
                                "项目名称|普法宣传经费",
                                "主管部门|醴陵市司法局|实施单位|醴陵市司法局",
                                "项目资金|年度资金总额|60.00",
                                "|其中：财政拨款|55.00",
                                "|其他资金|5.00",
                                "年度绩效目标|建成法治文化公园一处。",
                                "绩效指标|一级指标|二级指标|三级指标|指标方向|指标值|度量单位",
                                "|产出指标|数量指标|普法宣传活动场次|≥|50|场",
                                "||质量指标|中期评估完成率|=|100|%",
                                "|满意度指标|服务对象满意度指标|群众满意度|≥|90|%",
                                "",
                                "项目名称|公共法律服务经费",
                                "资金情况|年度资金总额|财政拨款|其他资金",
                                "|56|56|0",
                                "年度绩效目标|困难群众应援尽援。",
                                "一级指标|二级指标|三级指标|指标值",
                                "产出指标|数量指标|办理法律援助案件|≥600件",
                                "",
                                "第三部分"),
                        report);
        assertEquals(2, projects.size(), projects::toString);
        DisclosureContent.Project p = projects.get(0);
        assertEquals("普法宣传经费", p.name());
        assertFalse(p.overall());
        assertEquals("醴陵市司法局", p.department());
        assertEquals(0, new BigDecimal("600000").compareTo(p.annualBudget()));
        assertEquals(0, new BigDecimal("550000").compareTo(p.annualBudgetFiscal()));
        assertEquals(0, new BigDecimal("50000").compareTo(p.annualBudgetOther()));
        assertNull(p.executed());
        assertEquals("建成法治文化公园一处。", p.goalPlanned());
        assertEquals(3, p.indicators().size());
        DisclosureContent.Indicator second = p.indicators().get(1);
        assertEquals("产出指标", second.level1());
        assertEquals("质量指标", second.level2());
        assertEquals("中期评估完成率", second.name());
        assertEquals("=", second.direction());
        assertEquals("100", second.targetValue());
        assertEquals("%", second.measureUnit());
        assertNull(second.actualValue());
        DisclosureContent.Project q = projects.get(1);
        assertEquals("公共法律服务经费", q.name());
        assertEquals(0, new BigDecimal("560000").compareTo(q.annualBudget()), q::toString);
        assertEquals(0, new BigDecimal("560000").compareTo(q.annualBudgetFiscal()));
        assertEquals("困难群众应援尽援。", q.goalPlanned());
        assertEquals(List.of("办理法律援助案件"), q.indicators().stream().map(i -> i.name()).toList());
        assertEquals(List.of(), warnings(report));
    }

    @Test
    void readsOneTargetTableWithAProjectColumnAsOneProjectPerRowGroup() {
        ImportReport.Builder report = new ImportReport.Builder("t");
        List<DisclosureContent.Project> projects =
                read(
                        rows(
                                "项目支出绩效目标表",
                                "单位：元",
                                "项目名称|年度资金总额|年度绩效目标|一级指标|二级指标|三级指标|指标方向|指标值|度量单位",
                                "普法宣传经费|600,000.00|建成法治文化公园一处。|产出指标|数量指标|普法宣传活动场次|≥|50|场",
                                "|||效益指标|社会效益指标|群众法治素养|定性|明显提升|",
                                // a PDF drops the merged cells: aligned on the direction
                                "满意度指标|服务对象满意度指标|群众满意度|≥|90|%",
                                "公共法律服务经费|560,000.00|困难群众应援尽援。|产出指标|数量指标|办理法律援助案件|≥|600|件",
                                "",
                                "第三部分"),
                        report);
        assertEquals(2, projects.size(), projects::toString);
        DisclosureContent.Project p = projects.get(0);
        assertEquals("普法宣传经费", p.name());
        assertEquals(0, new BigDecimal("600000").compareTo(p.annualBudget()));
        assertEquals("建成法治文化公园一处。", p.goalPlanned());
        assertEquals(
                List.of("普法宣传活动场次", "群众法治素养", "群众满意度"),
                p.indicators().stream().map(DisclosureContent.Indicator::name).toList());
        DisclosureContent.Indicator last = p.indicators().get(2);
        assertEquals("满意度指标", last.level1());
        assertEquals("90", last.targetValue());
        assertEquals("%", last.measureUnit());
        assertEquals("效益指标", p.indicators().get(1).level1());
        DisclosureContent.Project q = projects.get(1);
        assertEquals("公共法律服务经费", q.name());
        assertEquals(0, new BigDecimal("560000").compareTo(q.annualBudget()));
        assertEquals("600", q.indicators().get(0).targetValue());
        assertEquals(List.of(), warnings(report));
    }

    @Test
    void readsTheOverallTargetsWithTheirTasksAsText() {
        ImportReport.Builder report = new ImportReport.Builder("t");
        List<DisclosureContent.Project> projects =
                read(
                        rows(
                                "部门整体支出绩效目标表",
                                "单位：万元",
                                "部门名称|醴陵市司法局",
                                "年度主要任务|任务名称|主要内容",
                                "|人民调解|人民调解和司法所运转经费",
                                "年度资金总额|837.74",
                                "年度总体目标|保障21个司法所正常运转。",
                                "绩效指标|一级指标|二级指标|三级指标|指标值",
                                "|产出指标|数量指标|司法所正常运转个数|21个",
                                "",
                                "第三部分"),
                        report);
        assertEquals(1, projects.size());
        DisclosureContent.Project p = projects.get(0);
        assertTrue(p.overall());
        assertEquals("醴陵市司法局", p.name());
        assertEquals(0, new BigDecimal("8377400").compareTo(p.annualBudget()));
        assertEquals("保障21个司法所正常运转。", p.goalPlanned());
        assertTrue(p.summary().contains("人民调解：人民调解和司法所运转经费"), p.summary());
        assertEquals("21个", p.indicators().get(0).targetValue());
        assertEquals(List.of(), warnings(report));
    }

    @Test
    void aTargetTablesUnreadableAmountIsReportedAsTheTargetTables() {
        ImportReport.Builder report = new ImportReport.Builder("t");
        List<DisclosureContent.Project> projects =
                read(
                        rows(
                                "项目支出绩效目标表",
                                "单位：万元",
                                "项目名称|普法宣传经费",
                                "项目资金|年度资金总额|6O.00",
                                "年度绩效目标|建成法治文化公园一处。",
                                "一级指标|二级指标|三级指标|指标值",
                                "产出指标|数量指标|普法宣传活动场次|≥50场",
                                "",
                                "第三部分"),
                        report);
        assertEquals(1, projects.size(), projects::toString);
        assertNull(projects.get(0).annualBudget());
        assertEquals(List.of("绩效目标表中年度资金总额“6O.00”不是数字，已忽略"), warnings(report));
    }

    @Test
    void aTargetTableWithoutIndicatorsIsReportedAsNotRead() {
        ImportReport.Builder report = new ImportReport.Builder("t");
        List<String> lines = rows("项目支出绩效目标表", "项目名称|普法宣传经费", "", "第三部分");
        PerformanceParser.Block b = PerformanceParser.parse(lines, 0, report);
        List<ImportReport.TableEntry> entries = new ArrayList<>();
        TargetInventory.add(entries, lines, 0, b);
        assertEquals(1, entries.size());
        assertEquals(ImportReport.TableState.NOT_READ, entries.get(0).state());
        assertEquals("项目支出绩效目标表", entries.get(0).title());
        assertTrue(entries.get(0).reason().contains("三级指标"), entries.get(0).reason());
        assertTrue(warnings(report).stream().anyMatch(w -> w.startsWith("绩效目标表")));
    }
}
