package nl.pestprotocol.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Page;

/** Where pupils and parents can turn outside the school (spec §13); public, one short page. */
@Tag(name = "Reports")
@Path("/external-help")
public class ExternalHelpResource {

    @GET
    @PermitAll
    @Operation(operationId = "listExternalHelp", summary = "Places outside the school to turn to (the protocol's Bijlage 3 and the vertrouwensinspecteur)")
    public Page<ExternalHelp.Place> list() {
        return new Page<>(ExternalHelp.PLACES, null);
    }
}
