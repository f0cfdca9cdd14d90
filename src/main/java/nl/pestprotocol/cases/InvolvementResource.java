package nl.pestprotocol.cases;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseDtos.InvolvementView;
import nl.pestprotocol.cases.CaseDtos.StudentRoleInput;
import nl.pestprotocol.common.PupilParam;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Path("/cases/{caseId}/involvements")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class InvolvementResource {

    private final CaseService cases;

    public InvolvementResource(CaseService cases) {
        this.cases = cases;
    }

    /** Answers the case with its involvements. */
    @POST
    @Operation(summary = "Involve a student in the case with a role")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.CaseView.class)))
    public Response add(@PathParam("caseId") String caseId, @Valid @NotNull StudentRoleInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        CaseView view = cases.addInvolvement(id, body);
        return CaseResponses.createdUnder(id, "involvements", body.studentId(), view);
    }

    @GET
    @Path("/{studentId}")
    @Operation(summary = "Read the involvement of a student in the case")
    public InvolvementView get(@PathParam("caseId") String caseId, @PathParam("studentId") String studentId) {
        return cases.involvement(QueryParams.pathId(caseId, "The case"), studentId);
    }

    @DELETE
    @Path("/{studentId}")
    @Operation(summary = "Remove a student from the case")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.CaseView.class)))
    public Response remove(@PathParam("caseId") String caseId, @PathParam("studentId") @PupilParam String studentId) {
        return CaseResponses.ok(cases.removeInvolvement(QueryParams.pathId(caseId, "The case"), studentId));
    }
}
