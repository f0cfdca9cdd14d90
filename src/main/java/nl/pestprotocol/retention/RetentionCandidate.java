package nl.pestprotocol.retention;

import java.time.Instant;
import java.time.LocalDate;

/** A closed case whose pupils have all left, and since when its personal content may no longer be kept. */
public record RetentionCandidate(String caseId, Instant closedAt, LocalDate lastPupilLeftOn, LocalDate removableSince) {
}
