package gongkai.search.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An outbox entry the indexer gave up on after {@code attempts} failures, so that later entries
 * could proceed. reason is a Chinese summary (the full exception went to the log).
 */
@MappedEntity("outbox_dead_letter")
public record DeadLetter(
        @Id @GeneratedValue Long id,
        long seq,
        long disclosureId,
        String action,
        int attempts,
        String reason,
        Instant failedAt,
        @Nullable Instant resolvedAt) {}
