package gongkai.search.deadletter;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DeadLetterRepository extends CrudRepository<DeadLetter, Long> {

    @Query("SELECT * FROM outbox_dead_letter WHERE resolved_at IS NULL ORDER BY id")
    List<DeadLetter> open();

    @Query(
            "SELECT * FROM outbox_dead_letter WHERE resolved_at IS NOT NULL ORDER BY resolved_at DESC LIMIT :limit")
    List<DeadLetter> recentlyResolved(int limit);

    @Query("SELECT COUNT(*) FROM outbox_dead_letter WHERE resolved_at IS NULL")
    long countOpen();

    @Query("UPDATE outbox_dead_letter SET resolved_at = :at WHERE id = :id AND resolved_at IS NULL")
    long resolve(long id, Instant at);
}
