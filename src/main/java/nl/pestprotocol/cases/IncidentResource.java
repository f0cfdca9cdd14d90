package nl.pestprotocol.cases;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.cases.CaseDtos.IncidentInput;
import nl.pestprotocol.cases.CaseDtos.IncidentView;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Incidents")
@Path("/cases/{caseId}/incidents")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class IncidentResource {

    private final IncidentService incidents;

    public IncidentResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @POST
    @Operation(operationId = "logIncident", summary = "Log an incident; past SIGNALEREN it is herhaling and raises the level")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.IncidentView.class)))
    public Response log(@PathParam("caseId") String caseId, @Valid @NotNull IncidentInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        IncidentView view = incidents.log(id, body);
        return CaseResponses.createdUnder(id, "incidents", view.id(), view);
    }

    @GET
    @Operation(operationId = "listIncidents", summary = "The incidents of the case, in the order they occurred")
    public Page<IncidentView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return incidents.list(QueryParams.pathId(caseId, "The case"), cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{incidentId}")
    @Operation(operationId = "getIncident", summary = "Read one incident")
    public IncidentView get(@PathParam("caseId") String caseId, @PathParam("incidentId") String incidentId) {
        return incidents.get(QueryParams.pathId(caseId, "The case"), QueryParams.pathId(incidentId, "The incident"));
    }
}
