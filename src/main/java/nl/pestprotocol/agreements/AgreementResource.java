package nl.pestprotocol.agreements;

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

import nl.pestprotocol.agreements.AgreementService.AgreementInput;
import nl.pestprotocol.agreements.AgreementService.AgreementPatch;
import nl.pestprotocol.agreements.AgreementService.AgreementView;
import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Agreements")
@Path("/cases/{caseId}/agreements")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class AgreementResource {

    private final AgreementService agreements;

    public AgreementResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @POST
    @Operation(operationId = "makeAgreement", summary = "Record an agreement")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementService.AgreementView.class)))
    public Response make(@PathParam("caseId") String caseId, @Valid @NotNull AgreementInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        AgreementView view = agreements.make(id, body);
        return CaseResponses.createdRecord(id, "agreements", view.id(), view, view.version());
    }

    @PATCH
    @Path("/{agreementId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateAgreement", summary = "Change an agreement: status, review date, communication (merge-patch; needs If-Match with the agreement's ETag)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementService.AgreementView.class)))
    public Response change(@PathParam("caseId") String caseId, @PathParam("agreementId") String agreementId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AgreementPatch body) {
        AgreementView view = agreements.change(QueryParams.pathId(caseId, "The case"),
                QueryParams.pathId(agreementId, "The agreement"), ifMatch, body);
        return CaseResponses.record(view, view.version());
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "The agreements of the case, in the order they were made")
    public Page<AgreementView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return agreements.list(QueryParams.pathId(caseId, "The case"), cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{agreementId}")
    @Operation(operationId = "getAgreement", summary = "Read one agreement; the ETag is its version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementService.AgreementView.class)))
    public Response get(@PathParam("caseId") String caseId, @PathParam("agreementId") String agreementId) {
        AgreementView view = agreements.get(QueryParams.pathId(caseId, "The case"),
                QueryParams.pathId(agreementId, "The agreement"));
        return CaseResponses.record(view, view.version());
    }
}
