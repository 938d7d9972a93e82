package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A change the search index must apply: (re)index or remove one disclosure. {@code seq} is the
 * entry's place in commit order (see {@link OutboxWriter}); readers go by seq, never by id.
 */
@MappedEntity("search_outbox")
public record OutboxEntry(
        @Id @GeneratedValue Long id,
        long seq,
        long disclosureId,
        Action action,
        @Nullable @DateCreated Instant createdAt) {

    public enum Action {
        UPSERT,
        DELETE
    }
}
