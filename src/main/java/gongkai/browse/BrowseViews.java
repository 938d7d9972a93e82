package gongkai.browse;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Read models of the browse pages (records, rendered by views/browse/ and the home page). */
public final class BrowseViews {

    private BrowseViews() {}

    /** A region with how much has been published in it (and below it). */
    @Serdeable
    public record RegionLink(
            String code,
            String name,
            String levelLabel,
            long disclosures,
            long units,
            String href) {}

    /** A year with how many disclosures were published for it. */
    @Serdeable
    public record YearLink(int year, long disclosures, String href, boolean current) {}

    /** What the home page shows for browsing: provinces and years that have publications. */
    @Serdeable
    public record Overview(List<RegionLink> provinces, List<YearLink> years) {}

    @Serdeable
    public record Crumb(String name, String href) {}

    @Serdeable
    public record DisclosureLink(int year, String href) {}

    /** A unit of a region with its published years. */
    @Serdeable
    public record UnitLine(String name, String href, List<DisclosureLink> disclosures) {}

    @Serdeable
    public record RegionPage(
            String code,
            String name,
            String levelLabel,
            List<Crumb> path,
            @Nullable Integer year,
            long disclosures,
            long units,
            List<YearLink> years,
            String allYearsHref,
            List<RegionLink> children,
            int childrenWithoutData,
            List<UnitLine> unitsHere) {}

    /** One published disclosure in a year's list. */
    @Serdeable
    public record YearRow(String unitName, String unitHref, String regionPath, String href) {}

    @Serdeable
    public record YearPage(
            int year,
            @Nullable String regionName,
            long disclosures,
            List<RegionLink> provinces,
            List<YearRow> rows,
            int page,
            @Nullable String previousHref,
            @Nullable String nextHref,
            List<YearLink> otherYears) {}
}
