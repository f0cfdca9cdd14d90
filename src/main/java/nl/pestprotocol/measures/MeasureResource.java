package nl.pestprotocol.measures;

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
import nl.pestprotocol.measures.MeasureService.MeasureInput;
import nl.pestprotocol.measures.MeasureService.MeasurePatch;
import nl.pestprotocol.measures.MeasureService.MeasureView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Measures")
@Path("/cases/{caseId}/measures")
public class MeasureResource {

    private final MeasureService measures;

    public MeasureResource(MeasureService measures) {
        this.measures = measures;
    }

    @POST
    @RolesAllowed({ Roles.LC, Roles.OC })
    @Operation(operationId = "imposeMeasure", summary = "Impose a measure (only in VERVOLGSTAPPEN)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureService.MeasureView.class)))
    public Response decide(@PathParam("caseId") String caseId, @Valid @NotNull MeasureInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        MeasureView view = measures.decide(id, body);
        return CaseResponses.createdRecord(id, "measures", view.id(), view, view.version());
    }

    @PATCH
    @Path("/{measureId}")
    @RolesAllowed({ Roles.LC, Roles.OC })
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "recordMeasureNotifications", summary = "Record the notifications of a measure (needs If-Match with the measure's ETag)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureService.MeasureView.class)))
    public Response record(@PathParam("caseId") String caseId, @PathParam("measureId") String measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MeasurePatch body) {
        MeasureView view = measures.record(QueryParams.pathId(caseId, "The case"), QueryParams.pathId(measureId, "The measure"),
                ifMatch, body);
        return CaseResponses.record(view, view.version());
    }

    @GET
    @RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "listMeasures", summary = "The measures of the case, in the order they were decided")
    public Page<MeasureView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return measures.list(QueryParams.pathId(caseId, "The case"), cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{measureId}")
    @RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "getMeasure", summary = "Read one measure; the ETag is its version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureService.MeasureView.class)))
    public Response get(@PathParam("caseId") String caseId, @PathParam("measureId") String measureId) {
        MeasureView view = measures.get(QueryParams.pathId(caseId, "The case"), QueryParams.pathId(measureId, "The measure"));
        return CaseResponses.record(view, view.version());
    }
}
