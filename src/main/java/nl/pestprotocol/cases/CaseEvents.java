package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

/** The domain events of the case itself: opening, editing, involvements, incidents, steps and levels. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(String summary, Level level, Step step) implements EventData {
        @Override
        public EventType type() {
            return EventType.CASE_OPENED;
        }
    }

    /** Only the properties that changed are set; staff are named by their externalId. */
    public record CaseUpdated(String summary, List<Form> forms, String owner, String coordinator,
            String supportCoordinator) implements EventData {
        @Override
        public EventType type() {
            return EventType.CASE_UPDATED;
        }
    }

    public record InvolvementAdded(UUID studentId, InvolvementRole role) implements EventData {
        @Override
        public EventType type() {
            return EventType.INVOLVEMENT_ADDED;
        }

        @Override
        public UUID aboutStudent() {
            return studentId;
        }
    }

    public record InvolvementRemoved(UUID studentId, InvolvementRole role) implements EventData {
        @Override
        public EventType type() {
            return EventType.INVOLVEMENT_REMOVED;
        }

        @Override
        public UUID aboutStudent() {
            return studentId;
        }
    }

    public record IncidentLogged(UUID incidentId, Instant occurredAt, ReporterType reporterType) implements EventData {
        @Override
        public EventType type() {
            return EventType.INCIDENT_LOGGED;
        }
    }

    /** {@code cause} is set when the step changed as the effect of something else (herhaling). */
    public record StepChanged(Step from, Step to, String reason, EscalationCause cause, UUID incidentId)
            implements EventData {

        public static StepChanged requested(Step from, Step to, String reason) {
            return new StepChanged(from, to, reason, null, null);
        }

        @Override
        public EventType type() {
            return EventType.STEP_CHANGED;
        }
    }

    /** {@code coordinator} / {@code supportCoordinator}: the staff externalId assigned with the new level, if any. */
    public record LevelRaised(Level from, Level to, EscalationCause cause, String reason, String coordinator,
            String supportCoordinator, String note) implements EventData {
        @Override
        public EventType type() {
            return EventType.LEVEL_RAISED;
        }
    }
}
