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
import nl.pestprotocol.roster.RosterDtos.StudentInput;
import nl.pestprotocol.roster.RosterDtos.StudentView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Students")
@Path("/students")
public class StudentResource {

    static final String EXTERNAL_ID = "[A-Za-z0-9._:-]{1,100}";

    private final RosterService roster;

    public StudentResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @Path("/{externalId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER })
    @Operation(operationId = "upsertStudent", summary = "Create or replace a student (roster sync)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterDtos.StudentView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RosterDtos.StudentView.class)))
    public Response put(@PathParam("externalId") @Pattern(regexp = EXTERNAL_ID) String externalId,
            @Valid @NotNull StudentInput body) {
        RosterService.Upserted<StudentView> result = roster.putStudent(externalId, body);
        return (result.created() ? Response.created(Locations.of("students", externalId)) : Response.ok())
                .entity(result.view()).build();
    }

    @GET
    @Path("/{externalId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "getStudent", summary = "Read a student")
    public StudentView get(@PathParam("externalId") String externalId) {
        return roster.student(externalId);
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC })
    @Operation(operationId = "listStudents", summary = "List students by externalId")
    public Page<StudentView> list(@QueryParam("groupCode") String groupCode, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return roster.students(QueryParams.text("groupCode", groupCode, 20), cursor, QueryParams.limit(limit, 50));
    }
}
