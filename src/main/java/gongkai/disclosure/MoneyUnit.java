package gongkai.disclosure;

import java.math.BigDecimal;

/** The unit a source document states amounts in. Everything is stored in 元. */
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
        return amount.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Converts an amount in 元 to this unit, to two decimals (1234567.80 元 → 123.46 万元). */
    public BigDecimal fromYuan(BigDecimal yuan) {
        return yuan.divide(factor, 2, java.math.RoundingMode.HALF_UP);
    }
}
