package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** Where the decisive database failure hides in what reaches the exception mappers (no Quarkus needed). */
class OutageCausesTest {

    private static SQLException terminating() {
        return new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    }

    @Test
    void aCommitFailureCarryingTheOutageOnlyAsSuppressedIsAnOutage() {
        // Narayana adds what failed during commit to its RollbackException as suppressed exceptions
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("flush failed", terminating()));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException("interceptor", commit)));
    }

    @Test
    void anOutageDeepInTheCauseChainOrAsNextExceptionIsAnOutage() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(terminating());
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new RuntimeException(new RuntimeException(batch)))));
        assertTrue(DatabaseOutage.causedBy(new javax.transaction.xa.XAException(javax.transaction.xa.XAException.XAER_RMFAIL)));
    }

    @Test
    void otherFailuresAreNoOutageAndCyclesEnd() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseOutage.causedBy(a));
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
