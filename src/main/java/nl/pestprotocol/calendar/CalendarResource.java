package nl.pestprotocol.calendar;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Locations;
import nl.pestprotocol.calendar.CalendarDtos.CalendarInput;
import nl.pestprotocol.calendar.CalendarDtos.CalendarView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Calendar")
@Path("/calendar")
public class CalendarResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    /** Shown in the contract as the text/calendar example. */
    static final String ICALENDAR_EXAMPLE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Het Baken//Vakanties//NL\r\n"
            + "BEGIN:VEVENT\r\nUID:herfst-2026@hetbaken.nl\r\nDTSTAMP:20260601T080000Z\r\nDTSTART;VALUE=DATE:20261017\r\n"
            + "DTEND;VALUE=DATE:20261026\r\nSUMMARY:Herfstvakantie\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final CalendarService calendar;
    private final ICalendarImport icalendar;

    public CalendarResource(CalendarService calendar, ICalendarImport icalendar) {
        this.calendar = calendar;
        this.icalendar = icalendar;
    }

    @PUT
    @Path("/{schoolYear}")
    @RolesAllowed(Roles.BEHEERDER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCalendar", summary = "Replace the non-school days of a school year, as JSON or as the"
            + " school's iCalendar file (text/calendar, RFC 5545: every all-day event is a non-school period, DTEND exclusive)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarDtos.CalendarView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarDtos.CalendarView.class)))
    public Response put(@PathParam("schoolYear") String schoolYear, @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarInput.class)),
            @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING, maxLength = 1048576),
                    example = ICALENDAR_EXAMPLE) }) @Valid @NotNull CalendarInput body) {
        return answer(schoolYear, calendar.put(schoolYear, body));
    }

    /** The same operation for an iCalendar body; the contract shows it as a second media type of replaceCalendar. */
    @PUT
    @Path("/{schoolYear}")
    @Consumes(TEXT_CALENDAR)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(hidden = true)
    public Response putICalendar(@PathParam("schoolYear") String schoolYear, byte[] body) {
        return answer(schoolYear, icalendar.put(schoolYear, body == null ? new byte[0] : body));
    }

    private Response answer(String schoolYear, boolean created) {
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
