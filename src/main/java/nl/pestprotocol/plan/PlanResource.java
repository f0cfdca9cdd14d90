package nl.pestprotocol.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.plan.PlanService.ActionInput;
import nl.pestprotocol.plan.PlanService.ActionPatch;
import nl.pestprotocol.plan.PlanService.ActionView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Actions")
@Path("/cases/{caseId}/actions")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class PlanResource {

    private final PlanService plan;

    public PlanResource(PlanService plan) {
        this.plan = plan;
    }

    @POST
    @Operation(operationId = "addAction", summary = "Add an action to the plan van actie")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanService.ActionView.class)))
    public Response add(@PathParam("caseId") String caseId, @Valid @NotNull ActionInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        ActionView view = plan.add(id, body);
        return CaseResponses.createdRecord(id, "actions", view.id(), view, view.version());
    }

    @PATCH
    @Path("/{actionId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateAction", summary = "Change an action (merge-patch; needs If-Match with the action's ETag)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanService.ActionView.class)))
    public Response update(@PathParam("caseId") String caseId, @PathParam("actionId") String actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ActionPatch body) {
        ActionView view = plan.update(QueryParams.pathId(caseId, "The case"), QueryParams.pathId(actionId, "The action"),
                ifMatch, body);
        return CaseResponses.record(view, view.version());
    }

    @GET
    @Operation(operationId = "listActions", summary = "The actions of the plan, in the order they were added")
    public Page<ActionView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return plan.list(QueryParams.pathId(caseId, "The case"), cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{actionId}")
    @Operation(operationId = "getAction", summary = "Read one action; the ETag is its version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanService.ActionView.class)))
    public Response get(@PathParam("caseId") String caseId, @PathParam("actionId") String actionId) {
        ActionView view = plan.get(QueryParams.pathId(caseId, "The case"), QueryParams.pathId(actionId, "The action"));
        return CaseResponses.record(view, view.version());
    }
}
