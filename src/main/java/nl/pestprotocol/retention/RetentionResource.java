package nl.pestprotocol.retention;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.security.Roles;

@Tag(name = "Retention")
@Path("/retention/preview")
public class RetentionResource {

    private final RetentionService retention;

    public RetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    @GET
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "previewRetention", summary = "The cases whose personal content the nightly retention job would remove now (no case content)")
    public List<RetentionCandidate> preview() {
        return retention.preview();
    }
}
