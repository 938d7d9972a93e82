package gongkai.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a database that cannot be reached (server down, network gone, pool out of live connections)
 * from other failures. That is not a bug in the portal and passes by itself when the server is
 * back, so it answers 503 rather than 500. The JDBC driver's exception arrives wrapped by the pool
 * and by Micronaut Data, hence the walk down the causes.
 */
final class DatabaseFaults {

    /** SQLSTATE class 08: connection exception (SQL standard; MySQL, MariaDB and H2 use it). */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseFaults() {}

    static boolean unreachable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure;
                t != null && seen.put(t, Boolean.TRUE) == null;
                t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The innermost message, for one log line instead of a stack trace per request during an
     * outage.
     */
    static String rootMessage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        for (Throwable t = failure;
                t != null && seen.put(t, Boolean.TRUE) == null;
                t = t.getCause()) {
            root = t;
        }
        String message =
                root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
