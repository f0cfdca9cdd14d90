package nl.pestprotocol.retention;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closed case whose pupils have all left, and since when its personal content may no longer be kept. */
@Schema(requiredProperties = { "caseId", "closedAt", "lastPupilLeftOn", "removableSince" })
public record RetentionCandidate(String caseId, Instant closedAt, LocalDate lastPupilLeftOn, LocalDate removableSince) {
}
