package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.timeline.TimelineEvent;
import nl.pestprotocol.timeline.TimelineRepository;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.EventType;

@Tag(name = "Timeline")
@Path("/cases/{caseId}/timeline")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class TimelineResource {

    @Schema(requiredProperties = { "sequence", "type", "occurredAt" })
    public record EventView(long sequence, EventType type, Instant occurredAt, StaffRef actor,
            Map<String, Object> data) {
    }

    private static final String STUDENT_KEY = "studentId";

    private final CaseAccess access;
    private final TimelineRepository events;
    private final People people;

    public TimelineResource(CaseAccess access, TimelineRepository events, People people) {
        this.access = access;
        this.events = events;
        this.people = people;
    }

    /** Oldest first. */
    @GET
    @Operation(operationId = "getTimeline", summary = "The domain events of the case, oldest first")
    public Page<EventView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UUID id = access.read(QueryParams.pathId(caseId, "The case")).id;
        int size = QueryParams.limit(limit, QueryParams.MAX_LIMIT);
        return Page.of(events.page(id, Cursor.decodeSequence(cursor), size + 1), size, shown -> {
            Map<UUID, StaffRef> actors = people.staffRefs(shown.stream().map(e -> e.actorId).toList());
            Map<UUID, String> pupils = people.studentExternalIds(shown.stream().map(TimelineResource::student)
                    .filter(java.util.Objects::nonNull).toList());
            return shown.stream().map(e -> new EventView(e.id, EventType.valueOf(e.type), e.occurredAt, actors.get(e.actorId), shown(e, pupils)))
                    .toList();
        }, e -> Cursor.encodeKey(Long.toString(e.id)));
    }

    /** Events store the pupil's internal id; the API names pupils by their externalId. */
    private static Map<String, Object> shown(TimelineEvent e, Map<UUID, String> pupils) {
        UUID student = student(e);
        if (student == null) {
            return e.data;
        }
        Map<String, Object> data = new java.util.LinkedHashMap<>(e.data);
        data.put(STUDENT_KEY, pupils.get(student));
        return data;
    }

    private static UUID student(TimelineEvent e) {
        Object id = e.data == null ? null : e.data.get(STUDENT_KEY);
        try {
            return id == null ? null : UUID.fromString(id.toString());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
