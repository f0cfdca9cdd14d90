package nl.pestprotocol.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sorts database failures that are not the service's fault: an outage (503) or unstorable input (400).
 * The decisive exception can sit deep: a request in flight when PostgreSQL goes down fails at a
 * statement (wrapped by Hibernate and CDI interceptors) or at the commit, where the transaction
 * manager reports a {@code RollbackException} that carries the JDBC failure as its cause or only as a
 * suppressed exception. So every cause and every suppressed exception is examined.
 */
final class DatabaseOutage {

    private static final int MAX_EXAMINED = 64;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable e) {
        return any(e, DatabaseOutage::isOutage);
    }

    /** PostgreSQL refuses some characters in text (NUL above all): the client's input, so a 400, not a 500. */
    static boolean unstorableText(Throwable e) {
        return any(e, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().equals("22021") || sql.getSQLState().equals("22P05")));
    }

    /**
     * A value PostgreSQL cannot hold (22008 datetime field overflow, 22003 numeric value out of range).
     * The API's own checks should refuse such input first; this keeps any they miss a 400, not a 500.
     */
    static boolean outOfRange(Throwable e) {
        return any(e, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().equals("22008") || sql.getSQLState().equals("22003")));
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (t instanceof javax.transaction.xa.XAException xa && xa.errorCode == javax.transaction.xa.XAException.XAER_RMFAIL) {
            return true; // the resource manager (PostgreSQL) is unavailable at commit
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-03: the server shuts down or cannot accept connections
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            String message = sql.getMessage();
            return message != null && message.contains("Acquisition timeout");
        }
        return false;
    }

    /** Breadth-first over causes and suppressed exceptions, each examined once (chains can be cyclic). */
    private static boolean any(Throwable root, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty() && seen.size() < MAX_EXAMINED) {
            Throwable t = queue.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                queue.add(suppressed);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                queue.add(sql.getNextException());
            }
        }
        return false;
    }
}
