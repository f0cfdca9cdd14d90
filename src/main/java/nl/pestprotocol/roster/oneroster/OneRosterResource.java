package nl.pestprotocol.roster.oneroster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.BodyLimits;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.roster.sync.RosterSyncResource;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncResult;
import nl.pestprotocol.security.Roles;

@Tag(name = "Roster")
@Path("/roster/oneroster")
public class OneRosterResource {

    static final String ZIP = "application/zip";

    private final OneRosterImport importer;

    public OneRosterResource(OneRosterImport importer) {
        this.importer = importer;
    }

    @POST
    @Consumes(ZIP)
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    @Operation(operationId = "importOneRoster", summary = "Import a OneRoster 1.2 (or 1.1) CSV export as a roster sync",
            description = "A zip with manifest.csv, orgs.csv, academicSessions.csv, classes.csv, users.csv, roles.csv (1.2) and"
                    + " enrollments.csv. Homeroom classes are groups, their primary teachers the mentors, the students enrolled in"
                    + " them their pupils. A bulk manifest is a FULL sync, a delta one a DELTA sync; same transaction, dry run and"
                    + " 422 rules as syncRoster, with each problem named /file/line/column.")
    @RequestBody(required = true, content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary",
            maxLength = BodyLimits.ROSTER_ONEROSTER_MIB * 1024 * 1024), example = "(the bytes of a zip archive)"))
    @APIResponse(responseCode = "200", description = "What changed, or with dryRun what would change",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterSyncResult.class)))
    @APIResponse(responseCode = "413", description = "The zip is larger than " + BodyLimits.ROSTER_ONEROSTER_MIB + " MiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Send application/zip.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The archive or its rows are not valid; invalidParams names each problem as"
            + " /file/line/column. Nothing was applied.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RosterSyncResult importZip(
            @Parameter(description = "true: answer what would change and change nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            byte[] zip) {
        return importer.importZip(zip, RosterSyncResource.dryRun(dryRun));
    }
}
