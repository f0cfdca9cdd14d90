package nl.pestprotocol.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseDtos.CreateCaseInput;
import nl.pestprotocol.cases.CaseDtos.PatchCaseInput;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Cases")
@Path("/cases")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class CaseResource {

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    @Operation(operationId = "openCase", summary = "Open a case with its first incident")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.CaseView.class)))
    public Response open(@Valid @NotNull CreateCaseInput body) {
        return CaseResponses.created(cases.open(body));
    }

    @GET
    @Operation(operationId = "listCases", summary = "List the cases you may see, newest first")
    public Page<CaseView> list(@QueryParam("step") String step, @QueryParam("level") String level,
            @QueryParam("studentId") String studentId, @QueryParam("groupCode") String groupCode,
            @QueryParam("openedFrom") String openedFrom, @QueryParam("openedTo") String openedTo,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        CaseFilter filter = new CaseFilter(QueryParams.enumValue("step", step, Step.class),
                QueryParams.enumValue("level", level, Level.class), QueryParams.text("studentId", studentId, 100),
                QueryParams.text("groupCode", groupCode, 20),
                QueryParams.date("openedFrom", openedFrom), QueryParams.date("openedTo", openedTo));
        return cases.list(filter, cursor, QueryParams.limit(limit, 25));
    }

    @GET
    @Path("/{caseId}")
    @Operation(operationId = "getCase", summary = "Read one case; the ETag is its version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.CaseView.class)))
    public Response get(@PathParam("caseId") String caseId) {
        return CaseResponses.ok(cases.get(QueryParams.pathId(caseId, "The case")));
    }

    @PATCH
    @Path("/{caseId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateCase", summary = "Change summary, forms, owner, coordinator or support coordinator (merge-patch; needs If-Match)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseDtos.CaseView.class)))
    public Response patch(@PathParam("caseId") String caseId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PatchCaseInput body) {
        return CaseResponses.ok(cases.patch(QueryParams.pathId(caseId, "The case"), ifMatch, body));
    }
}
