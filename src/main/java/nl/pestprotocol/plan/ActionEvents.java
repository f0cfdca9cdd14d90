package nl.pestprotocol.plan;

import java.util.UUID;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

public final class ActionEvents {

    private ActionEvents() {
    }

    public record ActionAdded(UUID actionId, Term term, Track track) implements EventData {
        @Override
        public EventType type() {
            return EventType.ACTION_ADDED;
        }
    }

    public record ActionUpdated(UUID actionId, ActionStatus status) implements EventData {
        @Override
        public EventType type() {
            return EventType.ACTION_UPDATED;
        }
    }
}
