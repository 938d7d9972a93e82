package gongkai.search.deadletter;

import gongkai.disclosure.OutboxEntry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the failed attempts at each outbox entry and sets an entry aside as a dead letter after
 * {@code gongkai.indexer.max-attempts}, so that one entry that always fails cannot hold back every
 * later one. An unreachable database is nobody's entry's fault: those failures are not counted.
 * Used by the {@code Indexer} under its lock.
 */
@Singleton
public class FailingEntries {

    private static final Logger LOG = LoggerFactory.getLogger(FailingEntries.class);

    private final DeadLetters deadLetters;
    private final int maxAttempts;
    private final Map<Long, Integer> attempts = new HashMap<>();

    FailingEntries(
            DeadLetters deadLetters, @Value("${gongkai.indexer.max-attempts:5}") int maxAttempts) {
        this.deadLetters = deadLetters;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    public synchronized void succeeded(OutboxEntry entry) {
        attempts.remove(entry.seq());
    }

    /**
     * Records a failure; true when the entry is given up on now (stored as a dead letter, the
     * position may pass it), false when it is to be retried at the next poll. Rethrows failures
     * that say the database is unreachable.
     */
    public synchronized boolean givenUp(OutboxEntry entry, RuntimeException failure) {
        if (databaseUnreachable(failure)) {
            throw failure;
        }
        int failed = attempts.merge(entry.seq(), 1, Integer::sum);
        if (failed < maxAttempts) {
            LOG.warn(
                    "Indexing outbox entry {} (disclosure {}) failed, attempt {} of {}: {}",
                    entry.seq(),
                    entry.disclosureId(),
                    failed,
                    maxAttempts,
                    failure.toString());
            return false;
        }
        LOG.error(
                "Giving up on outbox entry {} (disclosure {}) after {} attempts; recorded as a dead letter",
                entry.seq(),
                entry.disclosureId(),
                failed,
                failure);
        deadLetters.record(entry, failed, failure);
        attempts.remove(entry.seq());
        return true;
    }

    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getSimpleName().startsWith("CannotGetJdbcConnection")) {
                return true;
            }
        }
        return false;
    }
}
