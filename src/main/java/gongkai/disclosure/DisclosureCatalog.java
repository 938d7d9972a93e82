package gongkai.disclosure;

import gongkai.disclosure.store.AmountRepository;
import gongkai.disclosure.store.CatalogRepository;
import gongkai.disclosure.store.CodeAmount;
import gongkai.disclosure.store.ContentRepository;
import gongkai.disclosure.store.DisclosureRepository;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Read-only questions about what has been disclosed; public pages and the API go through here. */
@Singleton
public class DisclosureCatalog {

    private final CatalogRepository catalog;
    private final AmountRepository amounts;
    private final ContentRepository content;
    private final DisclosureRepository disclosures;
    private final UnitService units;
    private final RegionDirectory regions;

    DisclosureCatalog(
            CatalogRepository catalog,
            AmountRepository amounts,
            ContentRepository content,
            DisclosureRepository disclosures,
            UnitService units,
            RegionDirectory regions) {
        this.catalog = catalog;
        this.amounts = amounts;
        this.content = content;
        this.disclosures = disclosures;
        this.units = units;
        this.regions = regions;
    }

    /** The public revisions (published and corrected) of a unit's year, oldest first. */
    public List<DisclosureSummary> revisions(long unitId, int fiscalYear, DisclosureKind kind) {
        return catalog.revisions(unitId, fiscalYear, kind.name());
    }

    /** The public correction note a revision carries (why it replaced the one before), if any. */
    public Optional<String> correctionNote(long id) {
        return disclosures.findById(id).map(Disclosure::correctionNote).filter(n -> !n.isBlank());
    }

    /** Every revision in any status: zero only on a brand-new database. */
    public long totalCount() {
        return disclosures.count();
    }

    /** The whole disclosure with its content, or empty for an unknown id. */
    public Optional<DisclosureDocument> document(long id) {
        return disclosures.findById(id).map(this::assemble);
    }

    private DisclosureDocument assemble(Disclosure d) {
        Unit unit = units.byId(d.unitId()).orElseThrow();
        return DocumentAssembler.assemble(
                d,
                unit,
                DocumentAssembler.region(regions, unit.regionCode()),
                content.sections(d.id()),
                content.tables(d.id()),
                DocumentAssembler.rowsByTable(
                        content.lineItems(d.id()),
                        DocumentAssembler.amountsByLine(content.amounts(d.id()))),
                content.projects(d.id()),
                DocumentAssembler.indicatorsByProject(content.indicators(d.id())));
    }

    public record Counts(long units, long publishedDisclosures, long regions, long years) {}

    public Counts publishedCounts() {
        return new Counts(
                catalog.publishedUnitCount(),
                catalog.publishedCount(),
                catalog.publishedRegionCount(),
                catalog.publishedYearCount());
    }

    public List<DisclosureSummary> latestPublished(int limit) {
        return catalog.latestPublished(limit);
    }

    public List<DisclosureSummary> list(
            Long unitId, Integer fiscalYear, DisclosureStatus status, int limit, int offset) {
        return catalog.search(
                unitId, fiscalYear, status == null ? null : status.name(), limit, offset);
    }

    /**
     * Public rows in the open API's stable order (year, then id, newest first), starting after
     * ({@code backwards} false) or before ({@code backwards} true) the row {@code year}/{@code id},
     * or at {@code offset} when there is no such row; always in display order. {@code kind} null:
     * both kinds.
     */
    public List<DisclosureSummary> publicPage(
            @Nullable Long unitId,
            @Nullable Integer fiscalYear,
            @Nullable DisclosureKind kind,
            DisclosureStatus status,
            @Nullable Integer year,
            @Nullable Long id,
            boolean backwards,
            int limit,
            int offset) {
        String k = kind == null ? null : kind.name();
        if (!backwards || year == null || id == null) {
            return catalog.publicAfter(
                    unitId, fiscalYear, k, status.name(), year, id, limit, offset);
        }
        List<DisclosureSummary> rows =
                new ArrayList<>(
                        catalog.publicBefore(
                                unitId, fiscalYear, k, status.name(), year, id, limit));
        Collections.reverse(rows);
        return rows;
    }

    /**
     * The revisions (any status) a staff member may see. Ids that match nothing (-1) and a pattern
     * that matches no region code stand for "no such part of the scope".
     */
    public record StaffView(
            boolean everything,
            @Nullable Long ownUnit,
            @Nullable Long headUnit,
            @Nullable String regionPrefix) {}

    public List<DisclosureSummary> forStaff(
            StaffView view, @Nullable DisclosureStatus status, int limit, int offset) {
        return catalog.forStaff(
                view.everything() ? 1 : 0,
                orNone(view.ownUnit()),
                orNone(view.headUnit()),
                pattern(view.regionPrefix()),
                status == null ? null : status.name(),
                limit,
                offset);
    }

    public long countForStaff(StaffView view, @Nullable DisclosureStatus status) {
        return catalog.countForStaff(
                view.everything() ? 1 : 0,
                orNone(view.ownUnit()),
                orNone(view.headUnit()),
                pattern(view.regionPrefix()),
                status == null ? null : status.name());
    }

    private static long orNone(@Nullable Long id) {
        return id == null ? -1 : id;
    }

    /** Region codes are digits only: "#" matches none. */
    private static String pattern(@Nullable String prefix) {
        return prefix == null || !prefix.matches("\\d{2,6}") ? "#" : prefix + "%";
    }

    public Optional<DisclosureSummary> summary(long id) {
        return catalog.summary(id).stream().findFirst();
    }

    /**
     * One table's rows of a code level summed per code of a higher level: with level 3 and
     * parentLevel 2, every 项 summed per 款 (the check 款 = Σ项 compares this with {@link
     * #amountsAtLevel}).
     */
    public List<CodeAmount> sumByLevel(
            long disclosureId,
            StandardTable table,
            String columnKey,
            LineItem.RowKind rowKind,
            int level,
            int parentLevel) {
        int prefixLength =
                switch (parentLevel) {
                    case 1 -> 3;
                    case 2 -> 5;
                    default -> 7;
                };
        return amounts.sumByPrefix(
                disclosureId, table.name(), columnKey, rowKind.name(), level, prefixLength);
    }

    /** The stored amounts of one table's rows at a code level, by code. */
    public List<CodeAmount> amountsAtLevel(
            long disclosureId,
            StandardTable table,
            String columnKey,
            LineItem.RowKind rowKind,
            int level) {
        return amounts.amountsAtLevel(disclosureId, table.name(), columnKey, rowKind.name(), level);
    }
}
