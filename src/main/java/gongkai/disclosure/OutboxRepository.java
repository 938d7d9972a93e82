package gongkai.disclosure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    @Query("SELECT * FROM search_outbox WHERE id > :after ORDER BY id LIMIT :limit")
    List<OutboxEntry> after(long after, int limit);

    @Query("SELECT COALESCE(MAX(id), 0) FROM search_outbox")
    long lastId();
}
