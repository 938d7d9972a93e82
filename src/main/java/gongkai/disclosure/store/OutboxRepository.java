package gongkai.disclosure.store;

import gongkai.disclosure.OutboxEntry;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends GenericRepository<OutboxEntry, Long> {

    /**
     * Entries after a position in commit order; every entry up to the newest committed one is
     * visible.
     */
    @Query("SELECT * FROM search_outbox WHERE seq > :after ORDER BY seq LIMIT :limit")
    List<OutboxEntry> after(long after, int limit);

    /**
     * The newest committed position (the counter only moves when a transaction commits outbox
     * entries).
     */
    @Query("SELECT last_seq FROM outbox_sequence WHERE id = 1")
    long lastSeq();
}
