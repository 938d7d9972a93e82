package gongkai.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends CrudRepository<AuditEvent, Long> {

    @Query("SELECT * FROM audit_event WHERE disclosure_id = :disclosureId ORDER BY id")
    List<AuditEvent> forDisclosure(long disclosureId);

    @Query("SELECT * FROM audit_event ORDER BY id DESC LIMIT :limit")
    List<AuditEvent> latest(int limit);
}
