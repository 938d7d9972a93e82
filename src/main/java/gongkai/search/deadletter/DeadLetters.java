package gongkai.search.deadletter;

import gongkai.disclosure.OutboxEntry;
import gongkai.disclosure.SearchOutbox;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbox entries the indexer gave up on. An administrator sees them (/staff/admin/outbox) and can
 * queue the disclosure again once the cause is fixed; until then /health reports DEGRADED.
 */
@Singleton
public class DeadLetters {

    private final DeadLetterRepository letters;
    private final SearchOutbox outbox;

    DeadLetters(DeadLetterRepository letters, SearchOutbox outbox) {
        this.letters = letters;
        this.outbox = outbox;
    }

    void record(OutboxEntry entry, int attempts, Throwable failure) {
        String reason =
                "索引该决算时连续 "
                        + attempts
                        + " 次出错（"
                        + failure.getClass().getSimpleName()
                        + "），已跳过，后续变更照常处理。";
        letters.save(
                new DeadLetter(
                        null,
                        entry.seq(),
                        entry.disclosureId(),
                        entry.action().name(),
                        attempts,
                        reason,
                        Instant.now(),
                        null));
    }

    public List<DeadLetter> open() {
        return letters.open();
    }

    public List<DeadLetter> recentlyResolved(int limit) {
        return letters.recentlyResolved(limit);
    }

    public long countOpen() {
        return letters.countOpen();
    }

    /**
     * Marks the dead letter resolved and queues its disclosure again (the indexer then makes the
     * index agree with the disclosure's state at that time). Empty when it was unknown or already
     * resolved.
     */
    @Transactional
    public Optional<DeadLetter> retry(long id) {
        Optional<DeadLetter> letter = letters.findById(id).filter(l -> l.resolvedAt() == null);
        letter.ifPresent(
                l -> {
                    letters.resolve(l.id(), Instant.now());
                    outbox.requeue(l.disclosureId());
                });
        return letter;
    }
}
