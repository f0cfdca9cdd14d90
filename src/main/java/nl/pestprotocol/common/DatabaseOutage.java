package nl.pestprotocol.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Sorts database failures that are not the service's fault: an outage (503) or unstorable input (400). */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server shuts down or cannot accept connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostgreSQL refuses some characters in text (NUL above all): the client's input, so a 400, not a 500. */
    static boolean unstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("22021") || sql.getSQLState().equals("22P05"))) {
                return true;
            }
        }
        return false;
    }
}
