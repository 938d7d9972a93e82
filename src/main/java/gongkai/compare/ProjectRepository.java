package gongkai.compare;

import gongkai.disclosure.Disclosure;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Performance projects (kind PROJECT) of current published disclosures only. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProjectRepository extends GenericRepository<Disclosure, Long> {

    String PROJECT =
            """
            SELECT p.id, p.disclosure_id, p.name, p.initial_budget, p.annual_budget, p.executed, p.execution_rate,
                   p.total_score, p.goal_planned, p.goal_actual, d.fiscal_year, u.id AS unit_id, u.name AS unit_name,
                   u.region_code
            FROM performance_project p
            JOIN disclosure d ON d.id = p.disclosure_id
            JOIN unit u ON u.id = d.unit_id
            WHERE d.status = 'PUBLISHED' AND d.kind = 'FINAL_ACCOUNTS' AND p.kind = 'PROJECT'
            """;

    @Query(PROJECT + " AND p.disclosure_id = :disclosureId ORDER BY p.position")
    List<ProjectRow> ofDisclosure(long disclosureId);

    @Query(PROJECT + " AND p.id = :id")
    List<ProjectRow> byId(long id);

    @Query("SELECT name FROM performance_indicator WHERE project_id = :projectId ORDER BY position")
    List<String> indicatorNames(long projectId);
}
