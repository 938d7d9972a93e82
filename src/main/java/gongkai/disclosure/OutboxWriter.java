package gongkai.disclosure;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes outbox entries so that their order is commit order: readers take entries with {@code seq >
 * position}, and must never find a smaller seq committing after they passed it.
 *
 * <p>Entries are collected during the transaction and written just before it commits: one {@code
 * UPDATE outbox_sequence SET last_seq = last_seq + n} takes the counter row's lock, which InnoDB
 * and H2 (MVStore) both hold until the commit, and the entries get the numbers after it. A second
 * transaction waits at that UPDATE until the first has committed (or rolled back, which also rolls
 * the counter back), so numbers are handed out in commit order without gaps, and a reader that sees
 * seq n also sees every seq below it. Taking the lock last keeps the serialised window to a few
 * statements and means no transaction ever waits for another row while holding the counter, so the
 * counter cannot be part of a deadlock.
 *
 * <p>The alternative, keeping the AUTO_INCREMENT id and tracking gaps (ids below the newest that
 * are not visible yet) with a settle window, needs a guess at how long a transaction may stay open:
 * a longer one is lost anyway, and every reader must delay by the window. The counter costs one
 * short serialised step per publishing transaction, which the portal's write rate easily affords.
 */
@Singleton
class OutboxWriter {

    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<OutboxCommitted> committed;

    /** Entries waiting for their transaction's commit, by the transaction's connection. */
    private final Map<Connection, Pending> pending = new IdentityHashMap<>();

    OutboxWriter(
            TransactionOperations<Connection> transactions,
            ApplicationEventPublisher<OutboxCommitted> committed) {
        this.transactions = transactions;
        this.committed = committed;
    }

    /**
     * Queues an entry for the current transaction; written when it commits, dropped if it rolls
     * back.
     */
    void add(long disclosureId, OutboxEntry.Action action) {
        TransactionStatus<?> status =
                transactions
                        .findTransactionStatus()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "outbox entries are written inside a transaction"));
        Connection connection = (Connection) status.getConnection();
        Pending queue;
        synchronized (pending) {
            queue = pending.get(connection);
            if (queue == null || queue.done) {
                queue = new Pending(connection);
                pending.put(connection, queue);
                status.registerSynchronization(queue);
            }
        }
        // Applying looks at the disclosure's state at that time, so one entry per disclosure is
        // enough.
        queue.entries.remove(disclosureId);
        queue.entries.put(disclosureId, action);
    }

    private final class Pending implements TransactionSynchronization {

        private final Connection connection;
        private final Map<Long, OutboxEntry.Action> entries = new LinkedHashMap<>();
        private volatile boolean done;
        private volatile long written = -1;

        Pending(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            done = true;
            if (entries.isEmpty()) {
                return;
            }
            try {
                write();
            } catch (SQLException e) {
                throw new DataAccessException(
                        "cannot write the search outbox: " + e.getMessage(), e);
            }
        }

        private void write() throws SQLException {
            if (connection.getAutoCommit()) {
                // The counter's lock must last until the transaction's commit, or numbers leave
                // commit order.
                throw new SQLException("the outbox must be written inside the transaction");
            }
            int n = entries.size();
            try (PreparedStatement bump =
                    connection.prepareStatement(
                            "UPDATE outbox_sequence SET last_seq = last_seq + ? WHERE id = 1")) {
                bump.setInt(1, n);
                if (bump.executeUpdate() != 1) {
                    throw new SQLException("outbox_sequence has no row 1");
                }
            }
            long last;
            try (PreparedStatement read =
                            connection.prepareStatement(
                                    "SELECT last_seq FROM outbox_sequence WHERE id = 1 FOR UPDATE");
                    ResultSet rs = read.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            long seq = last - n;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert =
                    connection.prepareStatement(
                            "INSERT INTO search_outbox (seq, disclosure_id, action, created_at) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<Long, OutboxEntry.Action> e : entries.entrySet()) {
                    insert.setLong(1, ++seq);
                    insert.setLong(2, e.getKey());
                    insert.setString(3, e.getValue().name());
                    insert.setTimestamp(4, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            written = seq;
        }

        @Override
        public void afterCompletion(Status status) {
            done = true;
            synchronized (pending) {
                pending.remove(connection, this);
            }
            if (status == Status.COMMITTED && written >= 0) {
                committed.publishEvent(new OutboxCommitted(written));
            }
        }
    }
}
