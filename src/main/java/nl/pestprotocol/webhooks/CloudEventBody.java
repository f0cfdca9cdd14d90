package nl.pestprotocol.webhooks;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.pestprotocol.timeline.CaseEvent;
import nl.pestprotocol.timeline.EventType;

/**
 * The body of a delivery: a CloudEvents 1.0 event in the structured JSON format, written with
 * Jackson. Its {@code data} is thin (spec §11): the case id and, of the event's payload, only ids,
 * vocabulary values (step, level, kind of record, status …), numbers and flags; never text, so no
 * name, summary or reason leaves the service. The receiver reads details through the API, where it
 * is authorised and audited.
 */
final class CloudEventBody {

    static final String SPEC_VERSION = "1.0";
    static final String TYPE_PREFIX = "nl.pestprotocol.case.";

    /** The CloudEvent's attributes, in the order they are written. */
    record Event(String specversion, String id, String source, String type, String subject, Instant time,
            String datacontenttype, Map<String, Object> data) {
    }

    private CloudEventBody() {
    }

    static Event of(CaseEvent e, String source) {
        return new Event(SPEC_VERSION, Long.toString(e.sequence()), source, type(e.type()), e.caseId().toString(),
                e.occurredAt(), "application/json", thinData(e));
    }

    /** {@code nl.pestprotocol.case.step-changed}; the {@code CASE_} of the case's own events is not repeated. */
    static String type(EventType type) {
        String name = type.name().startsWith("CASE_") ? type.name().substring(5) : type.name();
        return TYPE_PREFIX + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<String, Object> thinData(CaseEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", e.caseId());
        data.put("sequence", e.sequence());
        Object payload = e.data();
        if (payload != null && payload.getClass().isRecord()) {
            for (RecordComponent c : payload.getClass().getRecordComponents()) {
                Object value = read(c, payload);
                if (isThin(value)) {
                    data.put(c.getName(), value instanceof Collection<?> list ? List.copyOf(list) : value);
                }
            }
        }
        return data;
    }

    /** Ids, enum values, numbers, flags, and lists of enum values: nothing a person wrote. */
    static boolean isThin(Object value) {
        if (value instanceof Collection<?> list) {
            return !list.isEmpty() && list.stream().allMatch(Enum.class::isInstance);
        }
        return value instanceof UUID || value instanceof Enum<?> || value instanceof Number || value instanceof Boolean;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of an event", e);
        }
    }
}
