package nl.pestprotocol.agreements;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


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
    @Operation(summary = "Agreements of your cases that are past their review date and still ACTIEF")
    public List<AgreementService.AgreementView> due(@QueryParam("limit") String limit) {
        return agreements.due(QueryParams.limit(limit, 100));
    }
}
