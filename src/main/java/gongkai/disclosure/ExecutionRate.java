package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The execution rate 决算数 ÷ 预算数 × 100, in percent with two decimals, rounded half up as the reports
 * print it. One home for the comparison, {@code /execution} and budget against outcome.
 */
public final class ExecutionRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExecutionRate() {}

    /** Null when either side is missing or the budget is zero (a rate would mean nothing). */
    public static @Nullable BigDecimal of(
            @Nullable BigDecimal budget, @Nullable BigDecimal actual) {
        if (budget == null || actual == null || budget.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }
}
