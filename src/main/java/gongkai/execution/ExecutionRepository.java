package gongkai.execution;

import gongkai.disclosure.Disclosure;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;

/** The budget-and-outcome pairs of every current published disclosure (reads only). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExecutionRepository extends GenericRepository<Disclosure, Long> {

    @Introspected
    record PairRow(
            Long disclosureId,
            Integer fiscalYear,
            Long unitId,
            String unitName,
            String regionCode,
            String rowCode,
            String rowName,
            BigDecimal budget,
            BigDecimal actual) {}

    /**
     * One row per functional 项 a published report explains with both figures. Only the PROSE tables
     * are joined (one per report), so the join stays small.
     */
    @Query(
            """
            SELECT d.id AS disclosure_id, d.fiscal_year, u.id AS unit_id, u.name AS unit_name,
                   u.region_code, li.row_code, li.row_name, b.amount AS budget, a.amount AS actual
            FROM disclosure_table t
            JOIN disclosure d ON d.id = t.disclosure_id
            JOIN unit u ON u.id = d.unit_id
            JOIN line_item li ON li.table_id = t.id
            JOIN line_amount b ON b.line_item_id = li.id AND b.column_key = 'budget'
            JOIN line_amount a ON a.line_item_id = li.id AND a.column_key = 'actual'
            WHERE t.table_kind = 'PROSE' AND d.status = 'PUBLISHED' AND d.kind = 'FINAL_ACCOUNTS'
              AND li.row_kind = 'FUNCTIONAL'
              AND (:fiscalYear IS NULL OR d.fiscal_year = :fiscalYear)""")
    List<PairRow> pairs(@Nullable Integer fiscalYear);

    @Query(
            "SELECT DISTINCT d.fiscal_year FROM disclosure d WHERE d.status = 'PUBLISHED' ORDER BY d.fiscal_year DESC")
    List<Integer> publishedYears();
}
