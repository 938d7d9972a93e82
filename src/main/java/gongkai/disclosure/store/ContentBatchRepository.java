package gongkai.disclosure.store;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureBatches;
import gongkai.disclosure.DisclosureTable;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.Section;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/**
 * Reads the content of many disclosures at once (bulk files, {@link DisclosureBatches#documents}):
 * one query per kind of content for the whole batch, each ordered by disclosure and then as {@link
 * ContentRepository} orders one disclosure's content.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContentBatchRepository extends GenericRepository<Disclosure, Long> {

    List<Disclosure> findByIdInOrderById(Collection<Long> ids);

    @Query("SELECT * FROM section WHERE disclosure_id IN (:ids) ORDER BY disclosure_id, position")
    List<Section> sections(Collection<Long> ids);

    @Query(
            "SELECT * FROM disclosure_table WHERE disclosure_id IN (:ids) ORDER BY disclosure_id, position")
    List<DisclosureTable> tables(Collection<Long> ids);

    @Query(
            """
            SELECT li.* FROM line_item li JOIN disclosure_table t ON t.id = li.table_id
            WHERE t.disclosure_id IN (:ids) ORDER BY li.table_id, li.position""")
    List<LineItem> lineItems(Collection<Long> ids);

    @Query(
            """
            SELECT a.line_item_id, a.column_key, a.amount
            FROM line_amount a JOIN line_item li ON li.id = a.line_item_id JOIN disclosure_table t ON t.id = li.table_id
            WHERE t.disclosure_id IN (:ids)""")
    List<AmountRow> amounts(Collection<Long> ids);

    @Query(
            "SELECT * FROM performance_project WHERE disclosure_id IN (:ids) ORDER BY disclosure_id, position")
    List<PerformanceProject> projects(Collection<Long> ids);

    @Query(
            """
            SELECT i.* FROM performance_indicator i JOIN performance_project p ON p.id = i.project_id
            WHERE p.disclosure_id IN (:ids) ORDER BY i.project_id, i.position""")
    List<PerformanceIndicator> indicators(Collection<Long> ids);
}
