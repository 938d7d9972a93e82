package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** A 项目支出绩效自评 (kind PROJECT) or the 部门整体支出绩效自评 (kind OVERALL). Amounts in 元. */
@MappedEntity("performance_project")
public record PerformanceProject(
        @Id @GeneratedValue Long id,
        Long disclosureId,
        int position,
        Kind kind,
        String name,
        @Nullable String department,
        @Nullable String implementer,
        @Nullable BigDecimal initialBudget,
        @Nullable BigDecimal annualBudget,
        @Nullable BigDecimal executed,
        @Nullable BigDecimal annualBudgetFiscal,
        @Nullable BigDecimal executedFiscal,
        @Nullable BigDecimal annualBudgetCarryover,
        @Nullable BigDecimal executedCarryover,
        @Nullable BigDecimal annualBudgetOther,
        @Nullable BigDecimal executedOther,
        @Nullable BigDecimal executionRate,
        @Nullable BigDecimal executionWeight,
        @Nullable BigDecimal executionScore,
        @Nullable BigDecimal totalWeight,
        @Nullable BigDecimal totalScore,
        @Nullable String goalPlanned,
        @Nullable String goalActual,
        @Nullable String summary,
        boolean fromProse) {

    public enum Kind {
        PROJECT,
        OVERALL
    }
}
