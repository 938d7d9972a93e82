package gongkai.disclosure.store;

import gongkai.disclosure.LineAmount;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Sums of line amounts by classification code, within one disclosure's table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AmountRepository extends GenericRepository<LineAmount, LineAmount.Key> {

    /**
     * Rows of one code level summed under the first {@code prefixLength} digits of their code, e.g.
     * every 项 (level 3) of 公开03 summed per 款 (prefix 5). The subquery keeps GROUP BY on a plain
     * column, which MySQL's ONLY_FULL_GROUP_BY and H2 both accept.
     */
    @Query(
            """
            SELECT x.code, SUM(x.amount) AS amount FROM (
              SELECT LEFT(li.row_code, :prefixLength) AS code, a.amount
              FROM disclosure_table t
              JOIN line_item li ON li.table_id = t.id
              JOIN line_amount a ON a.line_item_id = li.id
              WHERE t.disclosure_id = :disclosureId AND t.table_kind = :tableKind AND a.column_key = :columnKey
                AND li.row_kind = :rowKind AND li.code_level = :level
            ) x GROUP BY x.code ORDER BY x.code""")
    List<CodeAmount> sumByPrefix(
            long disclosureId,
            String tableKind,
            String columnKey,
            String rowKind,
            int level,
            int prefixLength);

    /** The amounts of one level's rows as stored, by code. */
    @Query(
            """
            SELECT li.row_code AS code, a.amount
            FROM disclosure_table t
            JOIN line_item li ON li.table_id = t.id
            JOIN line_amount a ON a.line_item_id = li.id
            WHERE t.disclosure_id = :disclosureId AND t.table_kind = :tableKind AND a.column_key = :columnKey
              AND li.row_kind = :rowKind AND li.code_level = :level
            ORDER BY li.row_code""")
    List<CodeAmount> amountsAtLevel(
            long disclosureId, String tableKind, String columnKey, String rowKind, int level);
}
