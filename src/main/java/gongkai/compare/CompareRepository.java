package gongkai.compare;

import gongkai.disclosure.Disclosure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Amounts of one code across every current published disclosure. Only status PUBLISHED is read:
 * the database keeps one published revision per unit, year and kind (published_slot), so drafts,
 * returned and superseded revisions never appear. Which table and column answer for a disclosure
 * is decided in {@link CompareService}: the few rows per disclosure come back and Java picks.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CompareRepository extends GenericRepository<Disclosure, Long> {

    String CANDIDATES = """
            SELECT d.id AS disclosure_id, u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind, u.region_code,
                   d.fiscal_year, t.table_kind, li.row_kind, li.side, li.row_code, li.code_level, a.column_key, a.amount
            FROM line_item li
            JOIN disclosure_table t ON t.id = li.table_id
            JOIN disclosure d ON d.id = t.disclosure_id
            JOIN unit u ON u.id = d.unit_id
            JOIN line_amount a ON a.line_item_id = li.id
            """;

    /**
     * Rows of one kind whose code starts with {@code codePattern} (a LIKE pattern: '20406%' finds
     * the 款 and its 项; a named row's exact name finds that row), optionally narrowed by year and
     * by region (a LIKE prefix of the unit's region code: '43%' is 湖南省 with its cities and counties).
     */
    @Query(CANDIDATES + """
             WHERE d.status = 'PUBLISHED' AND li.row_kind = :rowKind AND li.row_code LIKE :codePattern
               AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
               AND (:regionPattern IS NULL OR u.region_code LIKE :regionPattern)""")
    List<CandidateRow> candidates(String rowKind, String codePattern, @Nullable Integer fiscalYear,
                                  @Nullable String regionPattern);

    /**
     * 本年支出合计 (公开01's expense line, 公开03's 合计) of the published disclosures that report a
     * code: at most two rows per disclosure, and only for the disclosures the comparison lists.
     */
    @Query(CANDIDATES + """
             WHERE d.status = 'PUBLISHED' AND li.row_kind = 'NAMED' AND li.row_code = '本年支出合计'
               AND ((t.table_kind = 'G01' AND a.column_key = 'amount' AND li.side = 'EXPENSE')
                 OR (t.table_kind = 'G03' AND a.column_key = 'total'))
               AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)
               AND (:regionPattern IS NULL OR u.region_code LIKE :regionPattern)
               AND EXISTS (SELECT 1 FROM disclosure_table t2 JOIN line_item l2 ON l2.table_id = t2.id
                           WHERE t2.disclosure_id = d.id AND l2.row_kind = :rowKind AND l2.row_code LIKE :codePattern)""")
    List<CandidateRow> expenseTotals(String rowKind, String codePattern, @Nullable Integer fiscalYear,
                                     @Nullable String regionPattern);

    /** The years with published disclosures, newest first (the year filter offers these). */
    @Query("SELECT DISTINCT d.fiscal_year FROM disclosure d WHERE d.status = 'PUBLISHED' ORDER BY d.fiscal_year DESC")
    List<Integer> publishedYears();

    /** The region codes of units with published disclosures (the region filter offers these and their ancestors). */
    @Query("SELECT DISTINCT u.region_code FROM disclosure d JOIN unit u ON u.id = d.unit_id WHERE d.status = 'PUBLISHED' ORDER BY u.region_code")
    List<String> publishedRegionCodes();
}
