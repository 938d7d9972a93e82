package gongkai.browse;

import gongkai.region.Region;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Counts and lists of published disclosures by region and year; only the current published
 * revisions.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BrowseRepository extends GenericRepository<Region, String> {

    /** Published disclosures per region of their unit and year: small (≤ regions × years rows). */
    @Introspected
    record RegionYearCount(String regionCode, int fiscalYear, long disclosures) {}

    /** Units with at least one published disclosure, per region. */
    @Introspected
    record RegionUnitCount(String regionCode, long units) {}

    /** One published disclosure with its unit. */
    @Introspected
    record PublishedLine(
            long disclosureId, long unitId, String unitName, String regionCode, int fiscalYear) {}

    @Query(
            """
            SELECT u.region_code AS region_code, d.fiscal_year AS fiscal_year, COUNT(*) AS disclosures
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.status = 'PUBLISHED'
            GROUP BY u.region_code, d.fiscal_year""")
    List<RegionYearCount> publishedByRegionAndYear();

    @Query(
            """
            SELECT u.region_code AS region_code, COUNT(DISTINCT u.id) AS units
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.status = 'PUBLISHED'
            GROUP BY u.region_code""")
    List<RegionUnitCount> unitsByRegion();

    @Query(
            """
            SELECT d.id AS disclosure_id, u.id AS unit_id, u.name AS unit_name, u.region_code AS region_code,
                   d.fiscal_year AS fiscal_year
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.status = 'PUBLISHED' AND u.region_code = :regionCode
              AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
            ORDER BY u.name, d.fiscal_year DESC""")
    List<PublishedLine> publishedInRegion(String regionCode, @Nullable Integer fiscalYear);

    @Query(
            """
            SELECT d.id AS disclosure_id, u.id AS unit_id, u.name AS unit_name, u.region_code AS region_code,
                   d.fiscal_year AS fiscal_year
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.status = 'PUBLISHED' AND d.fiscal_year = :fiscalYear
              AND u.region_code LIKE :regionPrefix
            ORDER BY u.region_code, u.name
            LIMIT :limit OFFSET :offset""")
    List<PublishedLine> publishedInYear(int fiscalYear, String regionPrefix, int limit, int offset);
}
