package nl.pestprotocol.analysis;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Locations;
import nl.pestprotocol.analysis.AnalysisService.AnalysisInput;
import nl.pestprotocol.analysis.AnalysisService.AnalysisView;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Analysis")
@Path("/cases/{caseId}/analysis")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class AnalysisResource {

    private final AnalysisService analyses;

    public AnalysisResource(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @PUT
    @Operation(operationId = "recordAnalysis", summary = "Record or replace the analysis (only in ANALYSEREN)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnalysisService.AnalysisView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AnalysisService.AnalysisView.class)))
    public Response record(@PathParam("caseId") String caseId, @Valid @NotNull AnalysisInput body) {
        java.util.UUID id = QueryParams.pathId(caseId, "The case");
        AnalysisService.Recorded r = analyses.record(id, body);
        return (r.created() ? Response.created(Locations.of("cases", id.toString(), "analysis")) : Response.ok())
                .entity(r.view()).build();
    }

    @GET
    @Operation(operationId = "getAnalysis", summary = "Read the analysis")
    public AnalysisView get(@PathParam("caseId") String caseId) {
        return analyses.get(QueryParams.pathId(caseId, "The case"));
    }
}
