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
 * Id lists are passed in chunks (see CandidateReader).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CompareRepository extends GenericRepository<Disclosure, Long> {

    @Introspected
    record LineRef(Long id, Long tableId, String rowKind, @Nullable String side, String rowCode, @Nullable Integer codeLevel) {
    }

    @Introspected
    record TableRef(Long id, Long disclosureId, String tableKind) {
    }

    @Introspected
    record DisclosureRef(Long id, Integer fiscalYear, Long unitId, String unitName, @Nullable String unitKind,
                         String regionCode) {
    }

    @Introspected
    record AmountRef(Long lineItemId, String columnKey, BigDecimal amount) {
    }

    /**
     * Rows of one kind whose code starts with {@code codePattern} (a LIKE pattern: '20406%' finds the
     * 款 and its 项; a named row's exact name finds that row), by the (row_code, row_kind) index.
     */
    @Query("""
            SELECT id, table_id, row_kind, side, row_code, code_level FROM line_item
            WHERE row_kind = :rowKind AND row_code LIKE :codePattern""")
    List<LineRef> lines(String rowKind, String codePattern);

    @Query("SELECT id, disclosure_id, table_kind FROM disclosure_table WHERE id IN (:ids)")
    List<TableRef> tables(Collection<Long> ids);

    /** The published ones among these disclosures, optionally narrowed by year and by a region prefix ('43%'). */
    @Query("""
            SELECT d.id, d.fiscal_year, u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind, u.region_code
            FROM disclosure d JOIN unit u ON u.id = d.unit_id
            WHERE d.id IN (:ids) AND d.status = 'PUBLISHED'
              AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
              AND (:regionPattern IS NULL OR u.region_code LIKE :regionPattern)""")
    List<DisclosureRef> published(Collection<Long> ids, @Nullable Integer fiscalYear, @Nullable String regionPattern);

    @Query("SELECT line_item_id, column_key, amount FROM line_amount WHERE line_item_id IN (:ids)")
    List<AmountRef> amounts(Collection<Long> ids);

    /** The tables of these disclosures that state 本年支出合计 (公开01 and 公开03). */
    @Query("SELECT id, disclosure_id, table_kind FROM disclosure_table WHERE disclosure_id IN (:ids) AND table_kind IN ('G01', 'G03')")
    List<TableRef> expenseTables(Collection<Long> ids);

    /**
     * Every named row with this name, by the (row_code, row_kind) index; the caller keeps the tables it
     * needs. Narrowing by "table_id IN (…)" here instead makes H2 walk the whole (table_id, …) index
     * for each chunk of ids (2.7 s per 1,000 tables at 15,000 disclosures).
     */
    @Query("""
            SELECT id, table_id, row_kind, side, row_code, code_level FROM line_item
            WHERE row_code = :rowCode AND row_kind = 'NAMED'""")
    List<LineRef> namedLines(String rowCode);

    /** The years with published disclosures, newest first (the year filter offers these). */
    @Query("SELECT DISTINCT d.fiscal_year FROM disclosure d WHERE d.status = 'PUBLISHED' ORDER BY d.fiscal_year DESC")
    List<Integer> publishedYears();

    /** The region codes of units with published disclosures (the region filter offers these and their ancestors). */
    @Query("SELECT DISTINCT u.region_code FROM disclosure d JOIN unit u ON u.id = d.unit_id WHERE d.status = 'PUBLISHED' ORDER BY u.region_code")
    List<String> publishedRegionCodes();
}
