package nl.pestprotocol.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.security.Roles;

@Tag(name = "Statistics")
@Path("/statistics")
@RolesAllowed({ Roles.AANSPREEKPUNT, Roles.OC })
public class StatisticsResource {

    static final String CSV = "text/csv";

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces({ "application/json", CSV })
    @Operation(operationId = "getStatistics", summary = "The school's figures of one school year, small counts shown as <5; JSON, or CSV with Accept: text/csv")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = StatisticsView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 10000000)) })
    public Response get(@QueryParam("schoolYear") @Parameter(description = "e.g. 2026-2027; the current one when absent",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{4}$", maxLength = 9)) String schoolYear,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        StatisticsView view = statistics.of(schoolYear);
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(CSV)) {
            return Response.ok(StatisticsCsv.of(view), CSV + ";charset=UTF-8").build();
        }
        return Response.ok(view, "application/json").build();
    }
}
