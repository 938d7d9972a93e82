package gongkai.disclosure.store;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureTable;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.Section;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Reads one disclosure's content back in a handful of queries, whatever its size. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContentRepository extends GenericRepository<Disclosure, Long> {

    @Query("SELECT * FROM section WHERE disclosure_id = :disclosureId ORDER BY position")
    List<Section> sections(long disclosureId);

    @Query("SELECT * FROM disclosure_table WHERE disclosure_id = :disclosureId ORDER BY position")
    List<DisclosureTable> tables(long disclosureId);

    @Query(
            """
            SELECT li.* FROM line_item li JOIN disclosure_table t ON t.id = li.table_id
            WHERE t.disclosure_id = :disclosureId ORDER BY li.table_id, li.position""")
    List<LineItem> lineItems(long disclosureId);

    @Query(
            """
            SELECT a.line_item_id, a.column_key, a.amount
            FROM line_amount a JOIN line_item li ON li.id = a.line_item_id JOIN disclosure_table t ON t.id = li.table_id
            WHERE t.disclosure_id = :disclosureId""")
    List<AmountRow> amounts(long disclosureId);

    @Query(
            "SELECT * FROM performance_project WHERE disclosure_id = :disclosureId ORDER BY position")
    List<PerformanceProject> projects(long disclosureId);

    @Query(
            """
            SELECT i.* FROM performance_indicator i JOIN performance_project p ON p.id = i.project_id
            WHERE p.disclosure_id = :disclosureId ORDER BY i.project_id, i.position""")
    List<PerformanceIndicator> indicators(long disclosureId);
}
