package nl.pestprotocol.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the SQL statements the service runs, with PostgreSQL's pg_stat_statements (preloaded by
 * {@link LocalStack}): every statement of the service's database, BEGIN and COMMIT included, not
 * only those of one class of ours. Reset before a request, read after it.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalStack.shared().jdbcUrl());
    }

    public static void reset() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Statements run in the service's database since {@link #reset()}, not counting our own look-ups of the counts. */
    public static long count() {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select coalesce(sum(calls), 0) from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = current_database())
                          and query not ilike '%pg_stat_statements%'""")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
