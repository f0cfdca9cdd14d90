package nl.pestprotocol.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Locations;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.reports.ReportDtos.Receipt;
import nl.pestprotocol.reports.ReportDtos.ReportInput;
import nl.pestprotocol.reports.ReportDtos.ReportStatusView;
import nl.pestprotocol.reports.ReportDtos.ReportView;
import nl.pestprotocol.reports.ReportDtos.TriageInput;
import nl.pestprotocol.security.Roles;

/** The desk (spec §13): reports without an account, their status for the reporter, and triage by the aanspreekpunt. */
@Tag(name = "Reports")
@Path("/reports")
public class ReportResource {

    /** The receipt's secret travels in this header, never in the URL (URLs end up in logs and browser history). */
    public static final String SECRET_HEADER = "Report-Secret";

    private final ReportService reports;
    private final TriageService triage;
    private final ReportLimit limit;

    public ReportResource(ReportService reports, TriageService triage, ReportLimit limit) {
        this.reports = reports;
        this.triage = triage;
        this.limit = limit;
    }

    @POST
    @PermitAll
    @Operation(operationId = "submitReport", summary = "Report bullying without an account (anonymous allowed); the answer is a receipt")
    @APIResponse(responseCode = "201", description = "Received; keep the code and the secret",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "429", description = "Over the limit of reports from one address (30 a minute unless"
            + " the school set another), the web form's counted too; try again after Retry-After seconds. Nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submit(@Valid @NotNull ReportInput body, @Context RoutingContext routing) {
        limit.count(routing);
        Receipt receipt = reports.submit(body);
        return Response.created(Locations.of("reports", receipt.code())).entity(receipt).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getReportStatus", summary = "The status of your report, with the receipt's secret in the Report-Secret header")
    public ReportStatusView status(@PathParam("code") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 20)) String code,
            @HeaderParam(SECRET_HEADER) @Parameter(name = SECRET_HEADER, in = ParameterIn.HEADER, required = true,
                    description = "The secret of the receipt", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String secret) {
        if (secret == null || secret.isBlank()) {
            throw ApiException.invalidParam(SECRET_HEADER, "the receipt's secret is required");
        }
        return reports.status(code, secret);
    }

    @GET
    @RolesAllowed(Roles.AANSPREEKPUNT)
    @Operation(operationId = "listReports", summary = "The intake queue of reports, newest first (aanspreekpunt only)")
    public Page<ReportView> queue(@QueryParam("status") @Parameter(schema = @Schema(implementation = ReportStatus.class)) String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return reports.queue(QueryParams.enumValue("status", status, ReportStatus.class), cursor,
                QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @POST
    @Path("/{reportId}/triage")
    @RolesAllowed(Roles.AANSPREEKPUNT)
    @Operation(operationId = "triageReport", summary = "Link a report to a case, open a case from it, or close it with a reason")
    public ReportView triage(@PathParam("reportId") String reportId, @Valid @NotNull TriageInput body) {
        return triage.triage(QueryParams.pathId(reportId, "The report"), body);
    }
}
