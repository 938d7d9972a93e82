package gongkai.disclosure;

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
        String department,
        String implementer,
        BigDecimal initialBudget,
        BigDecimal annualBudget,
        BigDecimal executed,
        BigDecimal annualBudgetFiscal,
        BigDecimal executedFiscal,
        BigDecimal annualBudgetCarryover,
        BigDecimal executedCarryover,
        BigDecimal annualBudgetOther,
        BigDecimal executedOther,
        BigDecimal executionRate,
        BigDecimal executionWeight,
        BigDecimal executionScore,
        BigDecimal totalWeight,
        BigDecimal totalScore,
        String goalPlanned,
        String goalActual,
        String summary,
        boolean fromProse) {

    public enum Kind { PROJECT, OVERALL }
}
