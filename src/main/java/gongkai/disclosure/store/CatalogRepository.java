package gongkai.disclosure.store;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Read-side queries across disclosures, units and regions. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CatalogRepository extends GenericRepository<Disclosure, Long> {

    String SUMMARY =
            """
            SELECT d.id, d.unit_id, u.name AS unit_name, u.region_code, r.name AS region_name, d.fiscal_year,
                   d.kind, d.status, d.revision, d.published_at
            FROM disclosure d JOIN unit u ON u.id = d.unit_id JOIN region r ON r.code = u.region_code
            """;

    @Query(
            SUMMARY
                    + " WHERE d.status = 'PUBLISHED' ORDER BY d.published_at DESC, d.id DESC LIMIT :limit")
    List<DisclosureSummary> latestPublished(int limit);

    @Query(
            SUMMARY
                    + """
             WHERE (:unitId IS NULL OR d.unit_id = :unitId)
               AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
               AND (:status IS NULL OR d.status = :status)
               AND (d.published_at IS NOT NULL OR d.status NOT IN ('PUBLISHED', 'SUPERSEDED'))
             ORDER BY d.fiscal_year DESC, u.name, d.revision DESC
             LIMIT :limit OFFSET :offset""")
    List<DisclosureSummary> search(
            @Nullable Long unitId,
            @Nullable Integer fiscalYear,
            @Nullable String status,
            int limit,
            int offset);

    /**
     * The open API's list, in an order that never changes under a client walking it: year (newest
     * first), then id. {@code afterYear}/{@code afterId} start after a row (keyset paging), so a
     * publication while a client pages neither repeats nor skips a row.
     */
    String PUBLIC_FILTER =
            """
             WHERE (:unitId IS NULL OR d.unit_id = :unitId)
               AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
               AND (:kind IS NULL OR d.kind = :kind)
               AND d.status = :status AND d.published_at IS NOT NULL
            """;

    @Query(
            SUMMARY
                    + PUBLIC_FILTER
                    + """
               AND (:afterYear IS NULL OR d.fiscal_year < :afterYear
                    OR (d.fiscal_year = :afterYear AND d.id < :afterId))
             ORDER BY d.fiscal_year DESC, d.id DESC
             LIMIT :limit OFFSET :offset""")
    List<DisclosureSummary> publicAfter(
            @Nullable Long unitId,
            @Nullable Integer fiscalYear,
            @Nullable String kind,
            String status,
            @Nullable Integer afterYear,
            @Nullable Long afterId,
            int limit,
            int offset);

    /** The rows just before a row, in reverse order (the previous page, read backwards). */
    @Query(
            SUMMARY
                    + PUBLIC_FILTER
                    + """
               AND (d.fiscal_year > :beforeYear OR (d.fiscal_year = :beforeYear AND d.id > :beforeId))
             ORDER BY d.fiscal_year ASC, d.id ASC
             LIMIT :limit""")
    List<DisclosureSummary> publicBefore(
            @Nullable Long unitId,
            @Nullable Integer fiscalYear,
            @Nullable String kind,
            String status,
            int beforeYear,
            long beforeId,
            int limit);

    /**
     * What a staff member may see, filtered in the database (never a capped list filtered in
     * memory, which silently missed everything past the cap): everything, one unit, a unit with the
     * units it heads, or a region by code prefix. Submitted revisions first: they wait for someone.
     */
    String STAFF_SCOPE =
            """
             WHERE (:everything = 1
                    OR d.unit_id = :ownUnit
                    OR d.unit_id = :headUnit OR u.parent_unit_id = :headUnit
                    OR u.region_code LIKE :regionPattern)
               AND (:status IS NULL OR d.status = :status)
            """;

    @Query(
            SUMMARY
                    + STAFF_SCOPE
                    + """
             ORDER BY CASE WHEN d.status = 'SUBMITTED' THEN 0 ELSE 1 END, d.fiscal_year DESC, u.name, d.revision DESC, d.id
             LIMIT :limit OFFSET :offset""")
    List<DisclosureSummary> forStaff(
            int everything,
            long ownUnit,
            long headUnit,
            String regionPattern,
            @Nullable String status,
            int limit,
            int offset);

    @Query("SELECT COUNT(*) FROM disclosure d JOIN unit u ON u.id = d.unit_id" + STAFF_SCOPE)
    long countForStaff(
            int everything,
            long ownUnit,
            long headUnit,
            String regionPattern,
            @Nullable String status);

    @Query(
            SUMMARY
                    + " WHERE d.unit_id = :unitId AND d.fiscal_year = :fiscalYear AND d.kind = :kind"
                    + " AND d.status IN ('PUBLISHED', 'SUPERSEDED') AND d.published_at IS NOT NULL ORDER BY d.revision")
    List<DisclosureSummary> revisions(long unitId, int fiscalYear, String kind);

    @Query(SUMMARY + " WHERE d.id = :id")
    List<DisclosureSummary> summary(long id);

    @Query(
            "SELECT COUNT(DISTINCT u.region_code) FROM disclosure d JOIN unit u ON u.id = d.unit_id WHERE d.status = 'PUBLISHED'")
    long publishedRegionCount();

    @Query("SELECT COUNT(DISTINCT d.fiscal_year) FROM disclosure d WHERE d.status = 'PUBLISHED'")
    long publishedYearCount();

    @Query("SELECT d.id FROM disclosure d WHERE d.status = 'PUBLISHED' ORDER BY d.id")
    List<Long> publishedIds();

    @Query("SELECT COUNT(*) FROM disclosure d WHERE d.status = 'PUBLISHED'")
    long publishedCount();

    @Query("SELECT COUNT(DISTINCT d.unit_id) FROM disclosure d WHERE d.status = 'PUBLISHED'")
    long publishedUnitCount();
}
