package nl.pestprotocol.evaluation;

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

import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.evaluation.SignOffService.SignOffInput;
import nl.pestprotocol.evaluation.SignOffService.SignOffView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Sign-offs")
@Path("/cases/{caseId}/sign-offs")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class SignOffResource {

    private final SignOffService signOffs;

    public SignOffResource(SignOffService signOffs) {
        this.signOffs = signOffs;
    }

    @POST
    @Operation(operationId = "signOff", summary = "Sign the evaluation in a role you hold (only in EVALUATIE)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SignOffService.SignOffView.class)))
    public Response sign(@PathParam("caseId") String caseId, @Valid @NotNull SignOffInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        SignOffView view = signOffs.sign(id, body);
        return CaseResponses.createdUnder(id, "sign-offs", view.id(), view);
    }

    @GET
    @Operation(operationId = "listSignOffs", summary = "The sign-offs of every evaluation round, round by round")
    public Page<SignOffView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return signOffs.list(QueryParams.pathId(caseId, "The case"), cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{signOffId}")
    @Operation(operationId = "getSignOff", summary = "Read one sign-off")
    public SignOffView get(@PathParam("caseId") String caseId, @PathParam("signOffId") String signOffId) {
        return signOffs.get(QueryParams.pathId(caseId, "The case"), QueryParams.pathId(signOffId, "The sign-off"));
    }
}
