package gongkai.disclosure;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Read-only questions about what has been disclosed; public pages and the API go through here. */
@Singleton
public class DisclosureCatalog {

    private final CatalogRepository catalog;

    DisclosureCatalog(CatalogRepository catalog) {
        this.catalog = catalog;
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
}
