package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A whole disclosure as readers see it: unit and region, profile, sections, tables with their rows
 * (one exact amount in 元 per named column) and performance self-evaluations. The read API returns
 * it as JSON; the public pages render it.
 */
@Serdeable
public record DisclosureDocument(
        long id,
        UnitRef unit,
        int fiscalYear,
        DisclosureKind kind,
        DisclosureStatus status,
        int revision,
        @Nullable Instant publishedAt,
        Disclosure.Profile profile,
        @Nullable MoneyUnit sourceMoneyUnit,
        @Nullable String correctionNote,
        List<SectionView> sections,
        List<TableView> tables,
        List<ProjectView> projects) {

    @Serdeable
    public record UnitRef(long id, String name, @Nullable String kind, RegionRef region) {}

    /** The unit's region with its path (province first), e.g. 湖南省 / 株洲市 / 醴陵市. */
    @Serdeable
    public record RegionRef(String code, String name, List<String> path) {}

    @Serdeable
    public record SectionView(@Nullable String key, String title, String body) {}

    @Serdeable
    public record TableView(
            String code,
            StandardTable kind,
            String title,
            @Nullable MoneyUnit sourceMoneyUnit,
            @Nullable String note,
            List<StandardTable.Column> columns,
            List<RowView> rows) {}

    /** One row; {@code amounts} maps column keys to 元. */
    @Serdeable
    public record RowView(
            @Nullable String code,
            String name,
            LineItem.RowKind kind,
            @Nullable LineItem.Side side,
            @Nullable Integer level,
            @Nullable Integer lineNo,
            Map<String, BigDecimal> amounts) {}

    @Serdeable
    public record ProjectView(
            PerformanceProject.Kind kind,
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
            boolean fromProse,
            List<PerformanceIndicator> indicators) {

        static ProjectView of(PerformanceProject p, List<PerformanceIndicator> indicators) {
            return new ProjectView(
                    p.kind(),
                    p.name(),
                    p.department(),
                    p.implementer(),
                    p.initialBudget(),
                    p.annualBudget(),
                    p.executed(),
                    p.annualBudgetFiscal(),
                    p.executedFiscal(),
                    p.annualBudgetCarryover(),
                    p.executedCarryover(),
                    p.annualBudgetOther(),
                    p.executedOther(),
                    p.executionRate(),
                    p.executionWeight(),
                    p.executionScore(),
                    p.totalWeight(),
                    p.totalScore(),
                    p.goalPlanned(),
                    p.goalActual(),
                    p.summary(),
                    p.fromProse(),
                    indicators);
        }
    }
}
