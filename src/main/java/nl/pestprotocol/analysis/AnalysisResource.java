package nl.pestprotocol.analysis;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import nl.pestprotocol.analysis.AnalysisService.AnalysisInput;
import nl.pestprotocol.analysis.AnalysisService.AnalysisView;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Path("/cases/{caseId}/analysis")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class AnalysisResource {

    private final AnalysisService analyses;

    public AnalysisResource(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @PUT
    public Response record(@PathParam("caseId") String caseId, @Valid @NotNull AnalysisInput body) {
        AnalysisService.Recorded r = analyses.record(QueryParams.pathId(caseId, "The case"), body);
        return (r.created() ? Response.created(URI.create("/cases/" + caseId + "/analysis")) : Response.ok())
                .entity(r.view()).build();
    }

    @GET
    public AnalysisView get(@PathParam("caseId") String caseId) {
        return analyses.get(QueryParams.pathId(caseId, "The case"));
    }
}
