package nl.pestprotocol.calendar;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Locations;
import nl.pestprotocol.calendar.CalendarDtos.CalendarInput;
import nl.pestprotocol.calendar.CalendarDtos.CalendarView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Calendar")
@Path("/calendar")
public class CalendarResource {

    private final CalendarService calendar;

    public CalendarResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @PUT
    @Path("/{schoolYear}")
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "replaceCalendar", summary = "Replace the non-school days of a school year")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarDtos.CalendarView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarDtos.CalendarView.class)))
    public Response put(@PathParam("schoolYear") String schoolYear, @Valid @NotNull CalendarInput body) {
        boolean created = calendar.put(schoolYear, body);
        CalendarView view = calendar.get(schoolYear);
        return (created ? Response.created(Locations.of("calendar", view.schoolYear())) : Response.ok())
                .entity(view).build();
    }

    @GET
    @Path("/{schoolYear}")
    @RolesAllowed({ Roles.BEHEERDER, Roles.MENTOR, Roles.LC, Roles.OC, Roles.INTEGRATOR })
    @Operation(operationId = "getCalendar", summary = "Read the school calendar of a year")
    public CalendarView get(@PathParam("schoolYear") String schoolYear) {
        return calendar.get(schoolYear);
    }
}
