package gongkai.staff.performance;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plain-text rendering of a project, to put the editor's and the stored version side by side
 * after a stale save: a self-evaluation with its execution and scores, a budget's target with its
 * funds and 指标值 only.
 */
final class PerformanceDescription {

    private PerformanceDescription() {}

    static String of(
            PerformanceProject p, List<PerformanceIndicator> indicators, PerformanceWords words) {
        StringBuilder b = new StringBuilder();
        b.append("项目名称：")
                .append(p.name())
                .append('\n')
                .append("主管部门：")
                .append(PerformanceForm.nz(p.department()))
                .append("；实施单位：")
                .append(PerformanceForm.nz(p.implementer()))
                .append('\n');
        if (words.target()) {
            b.append("年度资金总额：")
                    .append(inWanYuan(p.annualBudget()))
                    .append(" 万元；其中：财政拨款：")
                    .append(inWanYuan(p.annualBudgetFiscal()))
                    .append(" 万元；其他资金：")
                    .append(inWanYuan(p.annualBudgetOther()))
                    .append(" 万元\n")
                    .append("年度绩效目标：")
                    .append(PerformanceForm.nz(p.goalPlanned()))
                    .append('\n');
        } else {
            b.append("年初预算数：")
                    .append(inWanYuan(p.initialBudget()))
                    .append(" 万元；全年预算数：")
                    .append(inWanYuan(p.annualBudget()))
                    .append(" 万元；全年执行数：")
                    .append(inWanYuan(p.executed()))
                    .append(" 万元\n")
                    .append("执行率：")
                    .append(PerformanceForm.plain(p.executionRate()))
                    .append("%；分值：")
                    .append(PerformanceForm.plain(p.executionWeight()))
                    .append("；得分：")
                    .append(PerformanceForm.plain(p.executionScore()))
                    .append("；总得分：")
                    .append(PerformanceForm.plain(p.totalScore()))
                    .append('\n')
                    .append("预期目标：")
                    .append(PerformanceForm.nz(p.goalPlanned()))
                    .append('\n')
                    .append("实际完成：")
                    .append(PerformanceForm.nz(p.goalActual()))
                    .append('\n');
        }
        for (PerformanceIndicator i : indicators) {
            b.append("指标：")
                    .append(PerformanceForm.nz(i.level1()))
                    .append(" / ")
                    .append(PerformanceForm.nz(i.level2()))
                    .append(" / ")
                    .append(i.name())
                    .append("：指标值 ")
                    .append(PerformanceForm.nz(i.targetValue()));
            if (!words.target()) {
                b.append("，完成值 ")
                        .append(PerformanceForm.nz(i.actualValue()))
                        .append("，分值 ")
                        .append(PerformanceForm.plain(i.weight()))
                        .append("，得分 ")
                        .append(PerformanceForm.plain(i.score()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String inWanYuan(@Nullable BigDecimal yuan) {
        return yuan == null ? "" : MoneyUnit.WAN_YUAN.plain(yuan);
    }
}
