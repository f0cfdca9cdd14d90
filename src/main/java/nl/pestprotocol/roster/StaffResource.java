package nl.pestprotocol.roster;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Locations;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.roster.RosterDtos.StaffInput;
import nl.pestprotocol.roster.RosterDtos.StaffView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Staff")
@Path("/staff")
public class StaffResource {

    private final RosterService roster;

    public StaffResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @Path("/{externalId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    @Operation(operationId = "upsertStaffMember", summary = "Create or replace a staff member")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterDtos.StaffView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterDtos.StaffView.class)))
    public Response put(@PathParam("externalId") @Pattern(regexp = StudentResource.EXTERNAL_ID) String externalId,
            @Valid @NotNull StaffInput body) {
        RosterService.Upserted<StaffView> result = roster.putStaff(externalId, body);
        return (result.created() ? Response.created(Locations.of("staff", externalId)) : Response.ok())
                .entity(result.view()).build();
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "listStaff", summary = "List the staff by name")
    public Page<StaffView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return roster.staff(cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{externalId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "getStaffMember", summary = "Read a staff member")
    public StaffView get(@PathParam("externalId") String externalId) {
        return roster.staffMember(externalId);
    }
}
