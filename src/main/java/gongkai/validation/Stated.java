package gongkai.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A number as printed in the narrative, with the rounding its printing implies: "13.61" stands for
 * anything in [13.605, 13.615]. Comparisons of printed figures go through these intervals, so that
 * a percentage computed from rounded 万元 figures is never called wrong for its rounding alone.
 */
record Stated(BigDecimal value, BigDecimal half) {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);

    /** "1,374.29" → 1374.29 ± 0.005; null when it is not a number. */
    static Stated of(String printed) {
        try {
            BigDecimal v = new BigDecimal(printed.replace(",", ""));
            return new Stated(
                    v, BigDecimal.ONE.movePointLeft(Math.max(0, v.scale())).multiply(HALF));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    BigDecimal low() {
        return value.subtract(half);
    }

    BigDecimal high() {
        return value.add(half);
    }

    /**
     * Whether a percentage printed as this can be {@code 100 × numerator ÷ denominator} for some
     * values of the two within their own intervals, with an extra {@code slack} in points.
     */
    boolean admitsShare(Stated numerator, Stated denominator, BigDecimal slack) {
        if (denominator.high().signum() <= 0) {
            return true; // nothing to divide by: nothing to check
        }
        BigDecimal dLow = denominator.low().max(new BigDecimal("0.000001"));
        BigDecimal nLow = numerator.low().max(BigDecimal.ZERO);
        BigDecimal min = nLow.multiply(HUNDRED).divide(denominator.high(), MC);
        BigDecimal max = numerator.high().multiply(HUNDRED).divide(dLow, MC);
        return low().subtract(slack).compareTo(max) <= 0 && high().add(slack).compareTo(min) >= 0;
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An exact amount (a table cell) as an interval of width zero. */
    static Stated exact(BigDecimal v) {
        return new Stated(v, BigDecimal.ZERO);
    }

    Stated minus(Stated o) {
        return new Stated(value.subtract(o.value), half.add(o.half));
    }

    Stated plus(Stated o) {
        return new Stated(value.add(o.value), half.add(o.half));
    }

    /** 100 × a ÷ b, rounded to 2 decimals, for messages. */
    static BigDecimal percent(BigDecimal a, BigDecimal b) {
        return b.signum() == 0
                ? BigDecimal.ZERO
                : a.multiply(HUNDRED).divide(b, 2, RoundingMode.HALF_UP);
    }
}
