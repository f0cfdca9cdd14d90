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

import nl.pestprotocol.roster.RosterDtos.StaffInput;
import nl.pestprotocol.roster.RosterDtos.StaffView;
import nl.pestprotocol.security.Roles;

@Path("/staff")
public class StaffResource {

    private final RosterService roster;

    public StaffResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @Path("/{externalId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    public Response put(@PathParam("externalId") @Pattern(regexp = StudentResource.EXTERNAL_ID) String externalId,
            @Valid @NotNull StaffInput body) {
        RosterService.Upserted<StaffView> result = roster.putStaff(externalId, body);
        return (result.created() ? Response.created(URI.create("/staff/" + externalId)) : Response.ok())
                .entity(result.view()).build();
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    public List<StaffView> list() {
        return roster.staff();
    }
}
