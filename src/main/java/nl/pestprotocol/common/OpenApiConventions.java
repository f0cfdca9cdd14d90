package nl.pestprotocol.common;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds to the generated contract what every operation shares, so it is written once: the bearer
 * security scheme, the problem+json error responses, and the API-Version header.
 */
public class OpenApiConventions implements OASFilter {

    static final String BASE_PATH = "/api/v1";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String PROBLEM = "Problem";
    private static final String ETAG = "ETag";
    private static final String LOCATION = "Location";
    /** Changeable records of a case: their PATCH needs If-Match with their own ETag. */
    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern
            .compile("/api/v1/cases/\\{caseId}/(agreements|actions|measures)/\\{\\w+}");
    /**
     * The operations whose service can refuse the request by a protocol or roster rule (ApiException.rule or
     * rules: a student who left or is not involved, staff who left or may not be assigned, the conditions of a
     * conversation or measure, a username in use). The others cannot answer 422, so their contract does not say so.
     */
    private static final java.util.Set<String> REFUSED_BY_RULES = java.util.Set.of("openCase", "updateCase", "involveStudent",
            "removeInvolvement", "logIncident", "addAction", "updateAction", "recordConversation", "makeAgreement",
            "escalateCase", "signOff", "imposeMeasure", "upsertGroup", "upsertStaffMember", "createWebhookSubscription",
            "updateWebhookSubscription", "replaceCalendar", "triageReport");
    /** Operations without an account (spec §13): no bearer token, so no 401 or 403. */
    private static final java.util.Set<String> PUBLIC = java.util.Set.of("submitReport", "getReportStatus", "listExternalHelp");
    /** Bodies that come with the ETag of what they show. */
    private static final List<String> VERSIONED = List.of("CaseView", "AgreementView", "ActionView", "MeasureView");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getInfo().description("Case management for the anti-bullying protocol (pestprotocol) of Dutch secondary schools."
                + " Every error is application/problem+json (RFC 9457). Cases a caller may not see answer 404.");
        // relative, so the contract holds wherever the service runs (the paths are relative to it, see relativePaths)
        api.servers(List.of(OASFactory.createServer().url(BASE_PATH)
                .description("This service, in production and in every other environment: relative to where the contract is served")
                .addExtension("x-internal", false)));
        api.getComponents().addSecurityScheme("keycloak", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the school's Keycloak realm (audience pestprotocol-api), a signed JWT verified"
                        + " as RFC8725 (JSON Web Token Best Current Practices) advises: only the realm's own keys and algorithms,"
                        + " never alg none; explicit type (typ Bearer, so an ID token opens nothing); audience and expiry checked."));
        api.security(List.of(OASFactory.createSecurityRequirement().addScheme("keycloak")));
        OpenApiTags.describe(api);
        api.getComponents().addSchema(PROBLEM, problemSchema(api));
        // required: the header is on every such answer, and the validator of the test suite checks it is
        api.getComponents().addHeader("API-Version", OASFactory.createHeader().description("Full semantic version of the API")
                .required(true).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(20)));
        api.getComponents().addHeader(ETAG, OASFactory.createHeader()
                .description("The version of the case or record in the body; send it as If-Match to change it")
                .required(true).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(22)));
        api.getComponents().addHeader(LOCATION, OASFactory.createHeader()
                .description("The absolute URI of the created resource; a GET of it answers the resource")
                .required(true).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2000)));
        api.getComponents().addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Always *: the API takes bearer tokens only (no cookies), so no origin gains anything a script could"
                        + " not do anyway; browsers of other origins cannot send a token without a preflight, which is not offered")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("*")));
        api.getComponents().addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                .required(true).schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(3600))));
        OpenApiRateLimits.components(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            path.getValue().getOperations().forEach((method, op) -> describeErrors(path.getKey(), method, op));
        }
        OpenApiIdempotency.describe(api);
        // the answers Idempotency-Key added carry the headers of every other answer
        api.getPaths().getPathItems().values().stream().filter(item -> item.getOperations() != null)
                .flatMap(item -> item.getOperations().values().stream())
                .forEach(op -> op.getResponses().getAPIResponses().forEach((status, r) -> {
                    if (r.getHeaders() == null || !r.getHeaders().containsKey(ALLOW_ORIGIN)) {
                        r.addHeader("API-Version", OASFactory.createHeader().ref("#/components/headers/API-Version"))
                                .addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref("#/components/headers/" + ALLOW_ORIGIN));
                        OpenApiRateLimits.headers(status, r);
                    }
                }));
        OpenApiBounds.apply(api);
        relativePaths(api);
    }

    /** The server URL carries the version (ADR /core/uri-version); the paths are relative to it. */
    private static void relativePaths(OpenAPI api) {
        Map<String, PathItem> items = new java.util.LinkedHashMap<>(api.getPaths().getPathItems());
        items.keySet().forEach(api.getPaths()::removePathItem);
        items.forEach((path, item) -> api.getPaths().addPathItem(
                path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path, item));
    }

    private static void describeErrors(String path, PathItem.HttpMethod method, Operation op) {
        useOurSecurityScheme(op);
        typeQueryParameters(op);
        APIResponses responses = op.getResponses();
        // the generator's own 401/403 have no body; ours are problem+json
        responses.removeAPIResponse("401");
        responses.removeAPIResponse("403");
        responses.getAPIResponses().values().forEach(r -> r.addHeader("API-Version",
                OASFactory.createHeader().ref("#/components/headers/API-Version")));
        responses.getAPIResponses().values().forEach(r -> r.addHeader(ALLOW_ORIGIN,
                OASFactory.createHeader().ref("#/components/headers/" + ALLOW_ORIGIN)));
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.DELETE;
        boolean onCase = path.startsWith("/api/v1/cases/{caseId}");
        add(responses, "400", "The request is not valid; invalidParams names each problem.");
        if (PUBLIC.contains(op.getOperationId())) {
            // one empty requirement: anonymous access is allowed (a bare [] reads as "unprotected" to OWASP's linter)
            op.security(List.of(OASFactory.createSecurityRequirement()));
        } else {
            add(responses, "401", "No valid bearer token.");
            add(responses, "403", "Your role may not use this operation.");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, or not visible to you.");
        }
        // a write without a body (a rotation, a replay) cannot be too large or of the wrong type
        if (writes && op.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than 1 MiB.");
            add(responses, "415", "Send application/json.");
        }
        if (REFUSED_BY_RULES.contains(op.getOperationId())) {
            add(responses, "422", "A protocol rule refuses this; code names the rule.");
        }
        // removing something from a case is refused by the case's step (409) and by protocol rules (422)
        boolean deletesFromCase = method == PathItem.HttpMethod.DELETE && onCase;
        // triage logs an incident or opens a case (their 409s), and a report is triaged once
        if (writes && onCase || deletesFromCase || "triageReport".equals(op.getOperationId())) {
            add(responses, "409", "The case's step does not allow this; unmetConditions lists every unmet condition.");
        }
        boolean recordPatch = method == PathItem.HttpMethod.PATCH && RECORD.matcher(path).matches();
        if (recordPatch) {
            add(responses, "412", "If-Match does not match the record's current ETag.");
            add(responses, "428", "If-Match with the record's ETag is required.");
        }
        if (path.equals("/api/v1/cases/{caseId}") && method == PathItem.HttpMethod.PATCH
                || path.endsWith("/transitions") || path.endsWith("/escalations")) {
            add(responses, "412", "If-Match does not match the case's current ETag.");
        }
        if (path.equals("/api/v1/cases/{caseId}") && method == PathItem.HttpMethod.PATCH || path.endsWith("/transitions")
                || path.endsWith("/escalations")) {
            add(responses, "428", "If-Match is required.");
        }
        if (responses.hasAPIResponse("428")) {
            requireIfMatch(op);
        }
        add(responses, "406", "The Accept header excludes application/json; nothing was done.");
        add(responses, "414", "The request line (path and query) is too long; nothing was done.");
        add(responses, "431", "The request headers are too large; nothing was done.");
        add(responses, "500", "The service failed; nothing of it is shown.");
        add(responses, "503", "The database cannot be reached; try again after Retry-After seconds.");
        responses.getAPIResponse("503").addHeader("Retry-After",
                OASFactory.createHeader().ref("#/components/headers/Retry-After"));
        describeHeaders(path, responses);
        OpenApiRateLimits.declare(responses, () -> add(responses, "429",
                "Over the rate limit; try again after Retry-After seconds. Nothing was done."));
    }

    /** Every 201 has a Location; every body showing a case or changeable record has its ETag. */
    private static void describeHeaders(String path, APIResponses responses) {
        responses.getAPIResponses().forEach((status, r) -> {
            if (status.equals("201")) {
                r.addHeader(LOCATION, OASFactory.createHeader().ref("#/components/headers/" + LOCATION));
            }
            boolean involvementCreated = status.equals("201") && path.endsWith("/involvements");
            if (status.startsWith("2") && !involvementCreated && VERSIONED.contains(schemaName(r))) {
                r.addHeader(ETAG, OASFactory.createHeader().ref("#/components/headers/" + ETAG));
            }
        });
    }

    private static String schemaName(APIResponse r) {
        if (r.getContent() == null || r.getContent().getMediaType("application/json") == null
                || r.getContent().getMediaType("application/json").getSchema() == null) {
            return "";
        }
        String ref = r.getContent().getMediaType("application/json").getSchema().getRef();
        return ref == null ? "" : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Where a missing If-Match answers 428, the contract says the header is required, and a generated client asks for it. */
    private static void requireIfMatch(Operation op) {
        if (op.getParameters() != null) {
            op.getParameters().stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
                    .forEach(p -> p.required(true).description("The ETag of the case or record you change"));
        }
    }

    /** Every operation needs a bearer token of our scheme (OpenAPI 3.0 has no place for roles with an http scheme). */
    private static void useOurSecurityScheme(Operation op) {
        if (op.getSecurity() != null) {
            op.security(List.of(OASFactory.createSecurityRequirement().addScheme("keycloak")));
        }
    }

    /** Query parameters are parsed by the service itself (to answer 400 with their name); their types are these. */
    private static void typeQueryParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        op.getParameters().forEach(p -> {
            switch (p.getName()) {
                case "limit" -> p.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(QueryParams.MAX_LIMIT))).description("Page size, at most 100");
                case "openedFrom", "openedTo" -> p.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("date").maxLength(10)).description("Opening date, inclusive");
                case "step" -> p.schema(OASFactory.createSchema().ref("#/components/schemas/Step"));
                case "level" -> p.schema(OASFactory.createSchema().ref("#/components/schemas/Level"));
                case "cursor" -> p.description("the `next` of the previous page");
                case "studentId" -> p.description("externalId of an involved student");
                default -> {
                }
            }
        });
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse r = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))))
                .addHeader("API-Version", OASFactory.createHeader().ref("#/components/headers/API-Version"))
                .addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref("#/components/headers/" + ALLOW_ORIGIN));
        responses.addAPIResponse(status, r);
    }

    private static Schema problemSchema(OpenAPI api) {
        // named, so a generated client has InvalidParam and Condition rather than ProblemUnmetConditionsInner
        api.getComponents().addSchema("InvalidParam", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A request value that is not valid, and why").required(List.of("name", "reason"))
                .addProperty("name", OpenApiBounds.text(100)).addProperty("reason", OpenApiBounds.text(Problem.MAX_REASON)));
        api.getComponents().addSchema("Condition", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A condition of the protocol that is not met; code is stable, message is for people")
                .required(List.of("code", "message")).addProperty("code", OpenApiBounds.text(100))
                .addProperty("message", OpenApiBounds.text(Problem.MAX_DETAIL)));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", OpenApiBounds.text(200).format("uri"))
                .addProperty("title", OpenApiBounds.text(Problem.MAX_TITLE))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", OpenApiBounds.text(Problem.MAX_DETAIL))
                // the request path; the HTTP layer refuses a longer request line (414) before any problem names it
                .addProperty("instance", OpenApiBounds.text(OpenApiBounds.MAX_REQUEST_LINE).format("uri-reference"))
                .addProperty("code", OpenApiBounds.text(100)
                        .description("The stable code of the rule at stake, when one rule is"))
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .maxItems(Problem.MAX_INVALID_PARAMS)
                        .items(OASFactory.createSchema().ref("#/components/schemas/InvalidParam")))
                .addProperty("unmetConditions", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .maxItems(Problem.MAX_CONDITIONS)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Condition")));
    }
}
