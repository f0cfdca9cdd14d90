package nl.pestprotocol.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Records domain events; callers are inside their own transaction, so an event and its change commit together. */
@ApplicationScoped
public class Timeline {

    private final TimelineRepository events;
    private final Clock clock;

    public Timeline(TimelineRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** {@code keyValues}: alternating keys and values; null values are left out. */
    public void record(UUID caseId, EventType type, UUID actorId, Object... keyValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                data.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        TimelineEvent e = new TimelineEvent();
        e.caseId = caseId;
        e.type = type.name();
        e.occurredAt = Instant.now(clock);
        e.actorId = actorId;
        e.data = data;
        events.persist(e);
    }
}
