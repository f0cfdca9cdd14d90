package nl.pestprotocol.timeline;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Singleton;

import nl.pestprotocol.cases.CaseEvents.CaseOpened;

/**
 * A test observer of the domain events, as the webhook outbox will be one: it sees each event inside
 * the transaction and again after it committed. Opening a case whose summary starts with
 * {@value #FAIL_MARK} makes it fail inside the transaction, so the request rolls back.
 */
@Singleton
public class EventRecorder {

    static final String FAIL_MARK = "ROLLBACK-ME ";

    final List<CaseEvent> inTransaction = new CopyOnWriteArrayList<>();
    final List<CaseEvent> committed = new CopyOnWriteArrayList<>();

    void during(@Observes CaseEvent event) {
        inTransaction.add(event);
        if (event.data() instanceof CaseOpened opened && opened.summary().startsWith(FAIL_MARK)) {
            throw new IllegalStateException("an observer failed inside the transaction");
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseEvent event) {
        committed.add(event);
    }

    List<CaseEvent> committedOf(UUID caseId) {
        return committed.stream().filter(e -> e.caseId().equals(caseId)).toList();
    }
}
