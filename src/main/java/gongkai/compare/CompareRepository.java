package gongkai.compare;

import gongkai.disclosure.Disclosure;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The reads behind a comparison, each on one table through one index; {@link CandidateReader} puts
 * them together. Deliberately no joins: over line_item × disclosure_table × disclosure × unit ×
 * line_amount, H2's planner starts from every published disclosure and probes every table of each
 * (1.8 s for one code at 1,000 disclosures, growing with the corpus), and no hint changes its mind.
 * Row ids are passed in chunks (see CandidateReader); the tables and disclosures, a few per report,
 * are read whole.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CompareRepository extends GenericRepository<Disclosure, Long> {

    @Introspected
    record LineRef(
            Long id,
            Long tableId,
            String rowKind,
            @Nullable String side,
            String rowCode,
            @Nullable Integer codeLevel) {}

    @Introspected
    record TableRef(Long id, Long disclosureId, String tableKind) {}

    @Introspected
    record DisclosureRef(
            Long id,
            Integer fiscalYear,
            Long unitId,
            String unitName,
            @Nullable String unitKind,
            String regionCode) {}

    @Introspected
    record AmountRef(Long lineItemId, String columnKey, BigDecimal amount) {}

    /**
     * Rows of one kind whose code starts with {@code codePattern} (a LIKE pattern: '20406%' finds
     * the 款 and its 项; a named row's exact name finds that row), by the (row_code, row_kind) index.
     */
    @Query(
            """
            SELECT id, table_id, row_kind, side, row_code, code_level FROM line_item
            WHERE row_kind = :rowKind AND row_code LIKE :codePattern""")
    List<LineRef> lines(String rowKind, String codePattern);

    /**
     * Every table of these kinds (a comparison's source tables), read in one pass: a few rows per
     * report, cheaper than hundreds of id lists of the tables the matching rows sit in.
     */
    @Query(
            "SELECT id, disclosure_id, table_kind FROM disclosure_table WHERE table_kind IN (:kinds)")
    List<TableRef> tablesOfKinds(Collection<String> kinds);

    /** The published disclosures, optionally narrowed by year and by a region prefix ('43%'). */
    @Query(
            """
            SELECT d.id, d.fiscal_year, u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind, u.region_code
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.status = 'PUBLISHED' AND d.kind = 'FINAL_ACCOUNTS'
              AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
              AND (:regionPattern IS NULL OR u.region_code LIKE :regionPattern)""")
    List<DisclosureRef> published(@Nullable Integer fiscalYear, @Nullable String regionPattern);

    /** The amounts of one column of these rows, by the primary key (line_item_id, column_key). */
    @Query(
            "SELECT line_item_id, column_key, amount FROM line_amount WHERE line_item_id IN (:ids) AND column_key = :columnKey")
    List<AmountRef> amounts(Collection<Long> ids, String columnKey);

    /** The years with published disclosures, newest first (the year filter offers these). */
    @Query(
            "SELECT DISTINCT d.fiscal_year FROM disclosure d WHERE d.status = 'PUBLISHED' ORDER BY d.fiscal_year DESC")
    List<Integer> publishedYears();

    /**
     * The region codes of units with published disclosures (the region filter offers these and
     * their ancestors).
     */
    @Query(
            "SELECT DISTINCT u.region_code FROM disclosure d JOIN unit u ON u.id = d.unit_id WHERE d.status = 'PUBLISHED' ORDER BY u.region_code")
    List<String> publishedRegionCodes();
}
