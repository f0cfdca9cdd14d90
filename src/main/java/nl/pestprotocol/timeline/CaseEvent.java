package nl.pestprotocol.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event of a case, as published to CDI observers. It is fired inside the transaction that
 * records it: observe it with {@code @Observes} to write in the same transaction (the webhook outbox)
 * or with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it committed.
 * {@code sequence} is the timeline entry's sequence number.
 */
public record CaseEvent(long sequence, UUID caseId, EventType type, UUID actorId, Instant occurredAt, EventData data) {
}
