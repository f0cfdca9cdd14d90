package nl.pestprotocol.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.security.Roles;

@Path("/cases/{caseId}/timeline")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class TimelineResource {

    public record EventView(long sequence, String type, Instant occurredAt, StaffRef actor, Map<String, Object> data) {
    }

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
    @Operation(summary = "The domain events of the case, oldest first")
    public Page<EventView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UUID id = access.read(QueryParams.pathId(caseId, "The case")).id;
        int size = QueryParams.limit(limit, QueryParams.MAX_LIMIT);
        return Page.of(events.page(id, Cursor.decodeSequence(cursor), size + 1), size, shown -> {
            Map<UUID, StaffRef> actors = people.staffRefs(shown.stream().map(e -> e.actorId).toList());
            return shown.stream().map(e -> new EventView(e.id, e.type, e.occurredAt, actors.get(e.actorId), e.data)).toList();
        }, e -> Cursor.encodeKey(Long.toString(e.id)));
    }
}
