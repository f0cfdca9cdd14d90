package nl.pestprotocol.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Cases")
@Path("/cases/{caseId}/transitions")
public class TransitionResource {

    /** {@code reason}: why the plan is adjusted (bijstelling) or why the case closes. */
    @Schema(example = "{\"to\":\"ANALYSEREN\",\"reason\":\"De gesprekken zijn ingepland\"}")
    public record TransitionBody(@NotNull Step to, @Size(max = 2000) String reason) {
    }

    private final TransitionService transitions;

    public TransitionResource(TransitionService transitions) {
        this.transitions = transitions;
    }

    @POST
    @RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "transitionCase", summary = "Move the case to another step (needs If-Match); 409 lists every unmet condition")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = nl.pestprotocol.cases.CaseDtos.CaseView.class)))
    public Response transition(@PathParam("caseId") String caseId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionBody body) {
        return CaseResponses.ok(transitions.transition(QueryParams.pathId(caseId, "The case"), ifMatch, body.to(), body.reason()));
    }
}
