package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The unit a source document states amounts in, and the unit a page shows them in. Everything is
 * stored in 元; this enum is the one place that converts, formats and parses 万元/元.
 */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal factor;

    MoneyUnit(String label, BigDecimal factor) {
        this.label = label;
        this.factor = factor;
    }

    public String label() {
        return label;
    }

    /** Converts an amount in this unit to 元, exactly (万元 → 元 only moves the decimal point). */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** An amount in 元 expressed in this unit, exactly (no rounding). */
    public BigDecimal fromYuan(BigDecimal yuan) {
        return this == YUAN ? yuan : yuan.movePointLeft(4);
    }

    /** An amount in 元 in this unit, rounded half up to two decimals: the number a chart plots. */
    public BigDecimal rounded(BigDecimal yuan) {
        return yuan.divide(factor, 2, RoundingMode.HALF_UP);
    }

    /** For pages: 1234567.80 元 → "123.46" (万元) or "1,234,567.80" (元); null → "". Rounds half up. */
    public String format(@Nullable BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        DecimalFormat f =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(rounded(yuan));
    }

    /** As {@link #format} with the unit after it: "1,374.29 万元". */
    public String formatWithLabel(BigDecimal yuan) {
        return format(yuan) + " " + label;
    }

    /**
     * For CSV cells and plain text: two decimals, no thousands separators ("123.46"); null → "".
     */
    public String plain(@Nullable BigDecimal yuan) {
        return yuan == null ? "" : rounded(yuan).toPlainString();
    }

    /**
     * For form fields: at least two decimals and never rounded, so saving the field unchanged keeps
     * the amount.
     */
    public String editable(@Nullable BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        BigDecimal value = fromYuan(yuan);
        return value.setScale(
                        Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /**
     * Whether an amount in 元 can be shown in this unit with at most two decimals, i.e. without
     * rounding.
     */
    public boolean exact(BigDecimal yuan) {
        return fromYuan(yuan).stripTrailingZeros().scale() <= 2;
    }

    /**
     * A form's or query's unit choice: "YUAN" (any case) or "元" → 元, "WAN_YUAN" or "万元" → 万元, else
     * the fallback.
     */
    public static MoneyUnit parse(@Nullable String value, MoneyUnit fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("YUAN") || v.equals("元")) {
            return YUAN;
        }
        if (v.equalsIgnoreCase("WAN_YUAN") || v.equalsIgnoreCase("WAN") || v.equals("万元")) {
            return WAN_YUAN;
        }
        return fallback;
    }
}
