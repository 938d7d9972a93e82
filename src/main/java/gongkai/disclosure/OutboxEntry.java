package gongkai.disclosure;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A change the search index must apply: (re)index or remove one disclosure. */
@MappedEntity("search_outbox")
public record OutboxEntry(@Id @GeneratedValue Long id, long disclosureId, Action action,
                          @Nullable @DateCreated Instant createdAt) {

    public enum Action { UPSERT, DELETE }

    static OutboxEntry of(long disclosureId, Action action) {
        return new OutboxEntry(null, disclosureId, action, null);
    }
}
