package nl.pestprotocol.roster;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import nl.pestprotocol.roster.RosterDtos.GroupInput;
import nl.pestprotocol.roster.RosterDtos.GroupView;
import nl.pestprotocol.security.Roles;

@Path("/groups")
public class GroupResource {

    private final RosterService roster;

    public GroupResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    public Response put(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9._-]{1,20}") String code,
            @Valid @NotNull GroupInput body) {
        RosterService.Upserted<GroupView> result = roster.putGroup(code, body);
        return (result.created() ? Response.created(URI.create("/groups/" + code)) : Response.ok())
                .entity(result.view()).build();
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    public List<GroupView> list() {
        return roster.groups();
    }
}
