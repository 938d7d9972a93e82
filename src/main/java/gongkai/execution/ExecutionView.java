package gongkai.execution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The view model of {@code /execution} (template execution/index). Amounts in 万元, rates in %. */
@Serdeable
record ExecutionView(
        @Nullable Integer year,
        List<Integer> years,
        int pairCount,
        int unbudgeted,
        List<CodeLine> codes,
        List<RegionLine> regions,
        List<PairLine> deviations,
        String chartJson) {

    /** One 项 across units: the totals, the overall rate and the lowest and highest unit rates. */
    @Serdeable
    record CodeLine(
            String code,
            String name,
            int units,
            String budgetWan,
            String actualWan,
            String rate,
            String lowest,
            String lowestUnit,
            String highest,
            String highestUnit,
            String compareHref) {}

    /** One province: all its explained 项 together. */
    @Serdeable
    record RegionLine(
            String region,
            int pairs,
            String budgetWan,
            String actualWan,
            String rate,
            String href) {}

    /** One unit's 项 in one year, far from its budget. */
    @Serdeable
    record PairLine(
            String unitName,
            String unitHref,
            int year,
            String code,
            String name,
            String budgetWan,
            String actualWan,
            String rate,
            String disclosureHref) {}
}
