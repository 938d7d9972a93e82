package gongkai.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Records who did what and when (login, save, submit, return, publish, administration) and reads it
 * back.
 */
@Singleton
public class AuditLog {

    private final AuditRepository events;

    /**
     * Resolved on first use: creating it while the context starts raced the indexer's scheduler
     * into a deadlock.
     */
    private final io.micronaut.context.BeanProvider<JdbcOperations> jdbc;

    AuditLog(AuditRepository events, io.micronaut.context.BeanProvider<JdbcOperations> jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    public void record(
            String username,
            AuditAction action,
            @Nullable Long disclosureId,
            @Nullable String detail) {
        events.save(
                new AuditEvent(null, null, username, action.name(), disclosureId, detail, null));
    }

    /** An event about a unit (or an account bound to one) rather than a disclosure. */
    public void recordForUnit(
            String username, AuditAction action, @Nullable Long unitId, @Nullable String detail) {
        events.save(new AuditEvent(null, null, username, action.name(), null, detail, unitId));
    }

    public List<AuditEvent> forDisclosure(long disclosureId) {
        return events.forDisclosure(disclosureId);
    }

    public List<AuditEvent> latest(int limit) {
        return events.latest(limit);
    }

    /**
     * One page of matching events, newest first; asks for {@code limit + 1} rows so callers know if
     * more follow.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery q, int limit, int offset) {
        if (q.scope() != null && q.scope().isEmpty()) {
            return List.of();
        }
        // Built here rather than in a repository: every filter is optional, and "? IS NULL" is not
        // portable.
        StringBuilder sql =
                new StringBuilder(
                        """
                SELECT a.id, a.occurred_at, a.username, a.action, a.disclosure_id, u.id AS unit_id, u.name AS unit_name,
                       d.fiscal_year, a.detail
                FROM audit_event a
                LEFT JOIN disclosure d ON d.id = a.disclosure_id
                LEFT JOIN unit u ON u.id = COALESCE(a.unit_id, d.unit_id)
                WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (q.username() != null) {
            sql.append(" AND a.username = ?");
            args.add(q.username());
        }
        if (q.action() != null) {
            sql.append(" AND a.action = ?");
            args.add(q.action());
        }
        if (q.disclosureId() != null) {
            sql.append(" AND a.disclosure_id = ?");
            args.add(q.disclosureId());
        }
        if (q.unitId() != null) {
            sql.append(" AND u.id = ?");
            args.add(q.unitId());
        }
        if (q.from() != null) {
            sql.append(" AND a.occurred_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.until() != null) {
            sql.append(" AND a.occurred_at < ?");
            args.add(Timestamp.from(q.until()));
        }
        if (q.scope() != null) {
            sql.append(" AND u.id IN (")
                    .append(String.join(",", q.scope().stream().map(x -> "?").toList()))
                    .append(')');
            args.addAll(q.scope());
        }
        sql.append(" ORDER BY a.id DESC LIMIT ? OFFSET ?");
        args.add(limit + 1);
        args.add(offset);
        return jdbc.get()
                .prepareStatement(
                        sql.toString(),
                        ps -> {
                            for (int i = 0; i < args.size(); i++) {
                                ps.setObject(i + 1, args.get(i));
                            }
                            List<AuditEntry> rows = new ArrayList<>();
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rows.add(
                                            new AuditEntry(
                                                    rs.getLong("id"),
                                                    rs.getTimestamp("occurred_at").toInstant(),
                                                    rs.getString("username"),
                                                    rs.getString("action"),
                                                    (Long)
                                                            rs.getObject(
                                                                    "disclosure_id", Long.class),
                                                    (Long) rs.getObject("unit_id", Long.class),
                                                    rs.getString("unit_name"),
                                                    (Integer)
                                                            rs.getObject(
                                                                    "fiscal_year", Integer.class),
                                                    rs.getString("detail")));
                                }
                            }
                            return rows;
                        });
    }

    /** The distinct actions recorded so far, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.get()
                .prepareStatement(
                        "SELECT DISTINCT action FROM audit_event ORDER BY action",
                        ps -> {
                            List<String> out = new ArrayList<>();
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    out.add(rs.getString(1));
                                }
                            }
                            return out;
                        });
    }
}
