package nl.pestprotocol.agreements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

/** "Mentor checkt regelmatig of iedereen zich aan de gemaakte afspraken houdt." */
@Tag(name = "Agreements")
@Path("/agreements/due")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class AgreementsDueResource {

    private final AgreementService agreements;

    public AgreementsDueResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GET
    @Operation(operationId = "listDueAgreements", summary = "Agreements of your cases that are past their review date and still ACTIEF")
    public Page<AgreementService.AgreementView> due(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return agreements.due(cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }
}
