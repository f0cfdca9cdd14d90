package nl.pestprotocol.agreements;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.pestprotocol.agreements.AgreementService.AgreementInput;
import nl.pestprotocol.agreements.AgreementService.AgreementPatch;
import nl.pestprotocol.agreements.AgreementService.AgreementView;
import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Path("/cases/{caseId}/agreements")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class AgreementResource {

    private final AgreementService agreements;

    public AgreementResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @POST
    public Response make(@PathParam("caseId") String caseId, @Valid @NotNull AgreementInput body) {
        AgreementView view = agreements.make(QueryParams.pathId(caseId, "The case"), body);
        return CaseResponses.createdUnder(caseId, "agreements", view.id(), view);
    }

    @PATCH
    @Path("/{agreementId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    public AgreementView change(@PathParam("caseId") String caseId, @PathParam("agreementId") String agreementId,
            @Valid @NotNull AgreementPatch body) {
        return agreements.change(QueryParams.pathId(caseId, "The case"), agreementId, body);
    }

    @GET
    public List<AgreementView> list(@PathParam("caseId") String caseId) {
        return agreements.list(QueryParams.pathId(caseId, "The case"));
    }
}
