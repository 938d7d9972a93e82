package gongkai.compare;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/** A performance project of a published disclosure with its unit and year; amounts in 元. */
@Introspected
record ProjectRow(
        Long id,
        Long disclosureId,
        String name,
        @Nullable BigDecimal initialBudget,
        @Nullable BigDecimal annualBudget,
        @Nullable BigDecimal executed,
        @Nullable BigDecimal executionRate,
        @Nullable BigDecimal totalScore,
        @Nullable String goalPlanned,
        @Nullable String goalActual,
        Integer fiscalYear,
        Long unitId,
        String unitName,
        String regionCode) {}
