package nl.pestprotocol.timeline;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The typed payload of one domain event. Each feature declares its own payload records next to the
 * code that raises them; the timeline stores them as JSON and publishes them as {@link CaseEvent}.
 */
public interface EventData {

    @JsonIgnore
    EventType type();

    /** The pupil (internal id) the event is about, if it is about one pupil; null for events about the case as a whole. */
    @JsonIgnore
    default UUID aboutStudent() {
        return null;
    }
}
