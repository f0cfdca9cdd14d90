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
import nl.pestprotocol.roster.RosterDtos.GroupInput;
import nl.pestprotocol.roster.RosterDtos.GroupView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Groups")
@Path("/groups")
public class GroupResource {

    private final RosterService roster;

    public GroupResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    @Operation(operationId = "upsertGroup", summary = "Create or replace a group with its mentors")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterDtos.GroupView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterDtos.GroupView.class)))
    public Response put(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9._-]{1,20}") String code,
            @Valid @NotNull GroupInput body) {
        RosterService.Upserted<GroupView> result = roster.putGroup(code, body);
        return (result.created() ? Response.created(Locations.of("groups", code)) : Response.ok())
                .entity(result.view()).build();
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "listGroups", summary = "List the groups by code")
    public Page<GroupView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return roster.groups(cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "getGroup", summary = "Read a group with its mentors")
    public GroupView get(@PathParam("code") String code) {
        return roster.group(code);
    }
}
