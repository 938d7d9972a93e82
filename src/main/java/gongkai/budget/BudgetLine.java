package gongkai.budget;

import gongkai.disclosure.ExecutionRate;
import gongkai.disclosure.StatedIn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One line of budget against outcome, amounts in 元 exact: a functional code (类/款/项) or a named row
 * (本年支出合计, 基本支出, 人员经费合计, 三公经费合计 …). {@code executionRate} is outcome ÷ budget in percent, absent
 * when the budget is zero or either side is missing; the reasons are the narratives' own words
 * about this item (the budget's 安排 paragraph, the final accounts' 差异原因). {@code actualSource} says
 * where the outcome is stated: TABLE, or NARRATIVE for a 三公 item a report gives only in its 情况说明
 * (no readable 三公 table); null without an outcome.
 */
@Serdeable
public record BudgetLine(
        @Nullable String code,
        String name,
        @Nullable Integer level,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal actual,
        @Nullable BigDecimal difference,
        @Nullable BigDecimal executionRate,
        @Nullable String budgetExplanation,
        @Nullable String actualExplanation,
        @Nullable String actualSource) {

    static BudgetLine of(
            String code,
            String name,
            Integer level,
            BigDecimal budget,
            BigDecimal actual,
            String budgetExplanation,
            String actualExplanation) {
        return of(
                code,
                name,
                level,
                budget,
                actual,
                budgetExplanation,
                actualExplanation,
                actual == null ? null : StatedIn.TABLE);
    }

    static BudgetLine of(
            String code,
            String name,
            Integer level,
            BigDecimal budget,
            BigDecimal actual,
            String budgetExplanation,
            String actualExplanation,
            String actualSource) {
        BigDecimal difference = budget != null && actual != null ? actual.subtract(budget) : null;
        return new BudgetLine(
                code,
                name,
                level,
                budget,
                actual,
                difference,
                ExecutionRate.of(budget, actual),
                budgetExplanation,
                actualExplanation,
                actualSource);
    }
}
