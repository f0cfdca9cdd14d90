package nl.pestprotocol.roster.sync;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncInput;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncResult;
import nl.pestprotocol.security.Roles;

@Tag(name = "Roster")
@Path("/roster/sync")
public class RosterSyncResource {

    private final RosterSync sync;

    public RosterSyncResource(RosterSync sync) {
        this.sync = sync;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    @Operation(operationId = "syncRoster", summary = "Sync students, groups and staff in one transaction",
            description = "FULL: students and staff of a kind that is sent but missing from it are marked as left (inactive,"
                    + " leftOn today), never deleted; a kind left out of the request is not touched. DELTA: only upserts."
                    + " Any invalid item: 422 listing every invalid item by JSON pointer, and nothing is applied."
                    + " Bodies up to " + nl.pestprotocol.common.BodyLimits.ROSTER_SYNC_MIB + " MiB (20,000 students fit).")
    @APIResponse(responseCode = "200", description = "What changed, or with dryRun what would change",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterSyncResult.class)))
    @APIResponse(responseCode = "413", description = "The request body is larger than " + nl.pestprotocol.common.BodyLimits.ROSTER_SYNC_MIB + " MiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Items are not valid; invalidParams names each by JSON pointer. Nothing was applied.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RosterSyncResult sync(
            @Parameter(description = "true: answer what would change and change nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @NotNull RosterSyncInput body) {
        return sync.sync(body, dryRun(dryRun), List.of(), p -> new Problem.InvalidParam(p.pointer(), p.reason()));
    }

    public static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.invalidParam("dryRun", "must be true or false");
    }
}
