package nl.pestprotocol.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * The timeline. An event is about a pupil (it names one), about a record (an incident, a
 * conversation, …) or about the case as a whole. A pupil's export holds the events about the case
 * as a whole, about them, and about the records their export holds; of each event only its anonymous
 * facts, never free text (summaries, reasons) that may name another pupil. Retention keeps the
 * anonymous facts of every event.
 */
@ApplicationScoped
public class TimelineRecords implements CaseRecords {

    public record Exported(String type, Instant occurredAt, String actor, Map<String, Object> data) {
    }

    /** Keys of event data that are anonymous facts; retention removes every other key. */
    private static final String ANONYMOUS_KEYS = "'from','to','cause','level','step','term','track','status',"
            + "'signedAs','outcome','round','reporterType','severity','schoolDays','conversationType','measureType','replaced'";

    /** Keys an export shows: the anonymous facts and the dates of the pupil's own records, not who reported. */
    private static final Set<String> EXPORTED_KEYS = Set.of("from", "to", "cause", "level", "step", "term", "track", "status",
            "signedAs", "outcome", "round", "severity", "schoolDays", "conversationType", "measureType", "replaced", "role",
            "forms", "occurredAt", "reviewOn", "startOn", "endOn");

    /** Keys by which an event refers to the record it is about. */
    private static final List<String> RECORD_KEYS = List.of("incidentId", "conversationId", "agreementId", "actionId",
            "measureId");

    /** Events about the case as a whole, even when they mention a record (a reopening names its incident). */
    private static final Set<String> CASE_WIDE = Set.of(EventType.CASE_OPENED.name(), EventType.CASE_UPDATED.name(),
            EventType.STEP_CHANGED.name(), EventType.LEVEL_RAISED.name(), EventType.ANALYSIS_RECORDED.name(),
            EventType.SIGNED_OFF.name());

    private final TimelineRepository events;
    private final EntityManager em;

    public TimelineRecords(TimelineRepository events, EntityManager em) {
        this.events = events;
        this.em = em;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Set<String> tables() {
        return Set.of("timeline_event");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("update timeline_event set actor_id = null, data = (select coalesce(jsonb_object_agg(key, value),"
                + " '{}'::jsonb) from jsonb_each(data) where key in (" + ANONYMOUS_KEYS + ")) where case_id = any(:ids)")
                .setParameter("ids", PupilCases.array(caseIds)).executeUpdate();
    }

    /** Events name a pupil under {@code studentId} by internal id (V7; an externalId is matched too, to be safe). */
    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, """
                select s.id, e.case_id from student s
                join timeline_event e on (e.data ->> 'studentId') in (s.external_id, cast(s.id as text))
                where s.id = any(:students) and (e.data ->> 'studentId') is not null""", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            List<Exported> about = new ArrayList<>();
            for (TimelineEvent e : events.ofCase(caseId)) {
                if (concerns(e, export)) {
                    about.add(new Exported(e.type, e.occurredAt, export.staff(e.actorId), facts(e, export)));
                }
            }
            export.put(caseId, "timeline", about);
        }
    }

    /** The timeline refers to the records of the other features: it exports after them. */
    @Override
    public int exportOrder() {
        return 100;
    }

    static boolean concerns(TimelineEvent e, PupilExport export) {
        Map<String, Object> data = e.data == null ? Map.of() : e.data;
        Object student = data.get("studentId");
        if (student != null) {
            return export.isSubject(student.toString());
        }
        if (CASE_WIDE.contains(e.type)) {
            return true;
        }
        for (String key : RECORD_KEYS) {
            Object record = data.get(key);
            if (record != null) {
                return isUuid(record.toString()) && export.isIncluded(UUID.fromString(record.toString()));
            }
        }
        return true;
    }

    private static Map<String, Object> facts(TimelineEvent e, PupilExport export) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (e.data == null) {
            return out;
        }
        e.data.forEach((key, value) -> {
            if (EXPORTED_KEYS.contains(key)) {
                out.put(key, value);
            }
        });
        if (e.data.get("studentId") != null) {
            out.put("student", export.pupil(export.subjectId()));
        }
        return out;
    }

    private static boolean isUuid(String s) {
        try {
            UUID.fromString(s);
            return s.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
