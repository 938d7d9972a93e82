package gongkai.disclosure;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Read-only questions about what has been disclosed; public pages and the API go through here. */
@Singleton
public class DisclosureCatalog {

    private final CatalogRepository catalog;
    private final AmountRepository amounts;

    DisclosureCatalog(CatalogRepository catalog, AmountRepository amounts) {
        this.catalog = catalog;
        this.amounts = amounts;
    }

    public record Counts(long units, long publishedDisclosures, long regions, long years) {
    }

    public Counts publishedCounts() {
        return new Counts(catalog.publishedUnitCount(), catalog.publishedCount(), catalog.publishedRegionCount(),
                catalog.publishedYearCount());
    }

    public List<DisclosureSummary> latestPublished(int limit) {
        return catalog.latestPublished(limit);
    }

    public List<DisclosureSummary> list(Long unitId, Integer fiscalYear, DisclosureStatus status, int limit, int offset) {
        return catalog.search(unitId, fiscalYear, status == null ? null : status.name(), limit, offset);
    }

    public Optional<DisclosureSummary> summary(long id) {
        return catalog.summary(id).stream().findFirst();
    }

    /**
     * One table's rows of a code level summed per code of a higher level: with level 3 and
     * parentLevel 2, every 项 summed per 款 (the check 款 = Σ项 compares this with
     * {@link #amountsAtLevel}).
     */
    public List<CodeAmount> sumByLevel(long disclosureId, StandardTable table, String columnKey,
                                       LineItem.RowKind rowKind, int level, int parentLevel) {
        int prefixLength = switch (parentLevel) {
            case 1 -> 3;
            case 2 -> 5;
            default -> 7;
        };
        return amounts.sumByPrefix(disclosureId, table.name(), columnKey, rowKind.name(), level, prefixLength);
    }

    /** The stored amounts of one table's rows at a code level, by code. */
    public List<CodeAmount> amountsAtLevel(long disclosureId, StandardTable table, String columnKey,
                                           LineItem.RowKind rowKind, int level) {
        return amounts.amountsAtLevel(disclosureId, table.name(), columnKey, rowKind.name(), level);
    }
}
