package gongkai.disclosure;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
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
        List<ProjectView> projects,
        @Schema(description = "勾稽检查（一致性检查）发现的问题；空列表表示所有检查均通过") List<CheckFinding> findings) {

    /** A document without findings (staff views, and before the checks have run). */
    public DisclosureDocument(
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
        this(
                id,
                unit,
                fiscalYear,
                kind,
                status,
                revision,
                publishedAt,
                profile,
                sourceMoneyUnit,
                correctionNote,
                sections,
                tables,
                projects,
                List.of());
    }

    @Creator
    public DisclosureDocument {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The same document carrying the findings of the consistency checks. */
    public DisclosureDocument withFindings(List<CheckFinding> checked) {
        return new DisclosureDocument(
                id,
                unit,
                fiscalYear,
                kind,
                status,
                revision,
                publishedAt,
                profile,
                sourceMoneyUnit,
                correctionNote,
                sections,
                tables,
                projects,
                checked);
    }

    /**
     * One finding of the consistency checks (勾稽关系) as the public reads it: a stable rule id, how
     * much it weighs and a Chinese message that names both numbers.
     */
    @Serdeable
    public record CheckFinding(
            @Schema(description = "规则编号（稳定不变）", example = "NARRATIVE-TOTAL") String rule,
            @Schema(
                            description = "ERROR：数据自相矛盾；WARNING：需要说明的不一致；INFO：提示（如无法核对的内容）",
                            allowableValues = {"ERROR", "WARNING", "INFO"})
                    String severity,
            @Schema(description = "中文说明，写明两边的数字") String message) {}

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
