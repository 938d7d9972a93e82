package gongkai.staff.performance;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consistency notes by field for a stored (or valid) project: 执行率 = 全年执行数 / 全年预算数, each 得分 ≤ its
 * 分值, the parts (财政拨款 + 上年结转 + 其他) add up to the totals, and the total score is 执行率得分 + Σ indicator
 * scores. Notes, not errors: the editor decides. A budget's target has no execution and no score:
 * its only check is that 财政拨款 and 其他资金 add up to 年度资金总额.
 */
final class PerformanceChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private PerformanceChecks() {}

    static Map<String, String> of(
            PerformanceProject p, List<PerformanceIndicator> indicators, PerformanceWords words) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (words.target()) {
            parts(
                    notes,
                    "annualBudget",
                    p.annualBudget(),
                    p.annualBudgetFiscal(),
                    null,
                    p.annualBudgetOther(),
                    "年度资金总额",
                    "财政拨款与其他资金");
            return notes;
        }
        if (p.executionRate() != null
                && p.executed() != null
                && p.annualBudget() != null
                && p.annualBudget().signum() > 0) {
            BigDecimal computed =
                    p.executed()
                            .multiply(HUNDRED)
                            .divide(p.annualBudget(), 2, RoundingMode.HALF_UP);
            boolean asInteger =
                    computed.setScale(0, RoundingMode.HALF_UP).compareTo(p.executionRate()) == 0;
            if (!asInteger && computed.subtract(p.executionRate()).abs().compareTo(CENT) > 0) {
                notes.put(
                        "executionRate",
                        "执行率应为 全年执行数 ÷ 全年预算数 = "
                                + computed.toPlainString()
                                + "%，填写的是 "
                                + p.executionRate().stripTrailingZeros().toPlainString()
                                + "%。");
            }
        }
        over(notes, "executionScore", p.executionScore(), p.executionWeight(), "执行率得分");
        over(notes, "totalScore", p.totalScore(), p.totalWeight(), "自评总得分");
        parts(
                notes,
                "annualBudget",
                p.annualBudget(),
                p.annualBudgetFiscal(),
                p.annualBudgetCarryover(),
                p.annualBudgetOther(),
                "全年预算数",
                "财政拨款、上年结转与其他资金");
        parts(
                notes,
                "executed",
                p.executed(),
                p.executedFiscal(),
                p.executedCarryover(),
                p.executedOther(),
                "全年执行数",
                "财政拨款、上年结转与其他资金");
        for (int i = 0; i < indicators.size(); i++) {
            over(
                    notes,
                    "ind_" + i + "_score",
                    indicators.get(i).score(),
                    indicators.get(i).weight(),
                    "得分");
        }
        boolean allScored =
                !indicators.isEmpty() && indicators.stream().allMatch(i -> i.score() != null);
        if (p.totalScore() != null
                && p.executionScore() != null
                && allScored
                && !notes.containsKey("totalScore")) {
            BigDecimal sum =
                    indicators.stream()
                            .map(PerformanceIndicator::score)
                            .reduce(p.executionScore(), BigDecimal::add);
            if (sum.subtract(p.totalScore()).abs().compareTo(CENT) > 0) {
                notes.put(
                        "totalScore",
                        "执行率得分与各指标得分之和为 "
                                + sum.stripTrailingZeros().toPlainString()
                                + "，自评总得分填写的是 "
                                + p.totalScore().stripTrailingZeros().toPlainString()
                                + "。");
            }
        }
        return notes;
    }

    private static void over(
            Map<String, String> notes,
            String field,
            @Nullable BigDecimal score,
            @Nullable BigDecimal weight,
            String label) {
        if (score != null && weight != null && score.compareTo(weight) > 0) {
            notes.put(
                    field,
                    label
                            + " "
                            + score.stripTrailingZeros().toPlainString()
                            + " 超过分值 "
                            + weight.stripTrailingZeros().toPlainString()
                            + "。");
        }
    }

    private static void parts(
            Map<String, String> notes,
            String field,
            @Nullable BigDecimal total,
            @Nullable BigDecimal fiscal,
            @Nullable BigDecimal carryover,
            @Nullable BigDecimal other,
            String label,
            String parts) {
        if (total == null || fiscal == null && carryover == null && other == null) {
            return;
        }
        BigDecimal sum = nz(fiscal).add(nz(carryover)).add(nz(other));
        // Documents in 万元 round each part on its own: allow 0.01 万元 per part.
        if (sum.subtract(total).abs().compareTo(new BigDecimal("300")) > 0) {
            notes.put(
                    field,
                    label
                            + "应等于"
                            + parts
                            + "之和 "
                            + MoneyUnit.WAN_YUAN.plain(sum)
                            + " 万元，填写的是 "
                            + MoneyUnit.WAN_YUAN.plain(total)
                            + " 万元。");
        }
    }

    private static BigDecimal nz(@Nullable BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
