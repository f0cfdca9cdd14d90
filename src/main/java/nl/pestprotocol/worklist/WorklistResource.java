package nl.pestprotocol.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Worklist")
@Path("/worklist")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class WorklistResource {

    private final WorklistService worklist;

    public WorklistResource(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GET
    @Operation(operationId = "getWorklist", summary = "What needs your attention in the cases you can see, earliest due first")
    public Page<WorkItem> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return worklist.page(cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }
}
