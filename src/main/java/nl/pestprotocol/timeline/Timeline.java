package nl.pestprotocol.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records domain events. Callers are inside their own transaction, so an event and its change commit
 * together; every recorded event is also fired as a {@link CaseEvent} in that same transaction.
 */
@ApplicationScoped
public class Timeline {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final TimelineRepository events;
    private final Event<CaseEvent> published;
    private final ObjectMapper json;
    private final Clock clock;

    public Timeline(TimelineRepository events, Event<CaseEvent> published, ObjectMapper json, Clock clock) {
        this.events = events;
        this.published = published;
        this.json = json;
        this.clock = clock;
    }

    public void record(UUID caseId, UUID actorId, EventData data) {
        TimelineEvent e = new TimelineEvent();
        e.caseId = caseId;
        e.type = data.type().name();
        e.occurredAt = Instant.now(clock);
        e.actorId = actorId;
        e.data = json.convertValue(data, MAP);
        events.persist(e);
        published.fire(new CaseEvent(e.id, caseId, data.type(), actorId, e.occurredAt, data));
    }
}
