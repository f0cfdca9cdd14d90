package nl.pestprotocol.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Cases")
@Path("/cases/{caseId}/escalations")
public class EscalationResource {

    /**
     * Raise the level by one. The coordinator for the new level may be named (coordinatorId at PM_2,
     * supportCoordinatorId at PM_3, by staff externalId); otherwise the roster decides.
     */
    @Schema(example = "{\"reason\":\"Het pesten gaat door ondanks de afspraken\",\"coordinatorId\":\"mw-lc1\"}")
    public record EscalationBody(@NotBlank @Size(max = 2000) String reason, @Size(max = 100) String coordinatorId,
            @Size(max = 100) String supportCoordinatorId) {
    }

    private final EscalationService escalations;
    public EscalationResource(EscalationService escalations) {
        this.escalations = escalations;
    }

    /** If-Match is required, as for a transition (428 without, 412 when stale), so a double click raises once. */
    @POST
    @RolesAllowed({ Roles.LC, Roles.OC })
    @Operation(operationId = "escalateCase", summary = "Raise the PM level by one by hand (needs If-Match)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.CaseView.class)))
    public Response escalate(@PathParam("caseId") String caseId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EscalationBody body) {
        return CaseResponses.ok(escalations.escalateByHand(QueryParams.pathId(caseId, "The case"), ifMatch,
                new EscalationService.EscalationInput(body.reason(), body.coordinatorId(), body.supportCoordinatorId())));
    }
}
