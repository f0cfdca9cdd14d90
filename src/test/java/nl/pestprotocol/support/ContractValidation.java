package nl.pestprotocol.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.Filter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.OrderedFilter;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * The contract in openapi/openapi.yaml is checked against every answer of the test suite: {@link #FILTER}
 * (installed for every REST test by {@link ApiTest}) validates each request to {@code /api/v1/} and its
 * response — status, headers, content type and body — and fails the test on any disagreement. Tests that
 * send a request outside the contract on purpose say so by adding {@link #INVALID_REQUEST_ON_PURPOSE} to
 * the request, or {@link InvalidRequestsOnPurpose} to the test; their responses are still checked. Clients
 * other than REST Assured use {@link #check}.
 *
 * <p>The contract is OpenAPI 3.0.3 because this validator checks every JSON Schema keyword (also
 * {@code type}) only on 3.0 documents.
 */
public final class ContractValidation {

    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final String API = "/api/v1/";
    private static final Set<String> NOT_IN_CONTRACT = Set.of("/api/v1/openapi", "/api/v1/openapi.json", "/api/v1/openapi.yaml");
    /** The Swagger UI of the contract and its assets: pages for people, not operations of the contract. */
    private static final String DOCS = "/api/v1/docs";

    /** Add to a request that breaks the contract on purpose: the request is not validated, its response is. */
    public static final Filter INVALID_REQUEST_ON_PURPOSE = new OrderedFilter() {
        @Override
        public io.restassured.response.Response filter(FilterableRequestSpecification request,
                io.restassured.specification.FilterableResponseSpecification response, io.restassured.filter.FilterContext ctx) {
            return ctx.next(request, response);
        }

        @Override
        public int getOrder() {
            return OrderedFilter.HIGHEST_PRECEDENCE;
        }
    };

    // a system property: the test's annotation is seen by the JUnit extension in one class loader, the
    // filter runs in Quarkus' class loader
    private static final String INVALID_REQUESTS_IN_THIS_TEST = "pestprotocol.contract.invalid-requests-in-this-test";

    /** Reads {@link InvalidRequestsOnPurpose} on the running test method or its class; installed by {@link ApiTest}. */
    public static class OptOut implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            boolean onPurpose = context.getTestMethod().map(ContractValidation::marked).orElse(false)
                    || context.getTestClass().map(ContractValidation::marked).orElse(false);
            System.setProperty(INVALID_REQUESTS_IN_THIS_TEST, Boolean.toString(onPurpose));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            System.clearProperty(INVALID_REQUESTS_IN_THIS_TEST);
        }
    }

    /** By name: the annotation's class may come from another class loader than ours. */
    private static boolean marked(java.lang.reflect.AnnotatedElement element) {
        return java.util.Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(InvalidRequestsOnPurpose.class.getName()));
    }

    /** Validates every request (unless marked) and every response of the REST Assured tests. */
    public static final Filter FILTER = new OrderedFilter() {
        @Override
        public io.restassured.response.Response filter(FilterableRequestSpecification request,
                io.restassured.specification.FilterableResponseSpecification responseSpec, io.restassured.filter.FilterContext ctx) {
            io.restassured.response.Response response = ctx.next(request, responseSpec);
            Request req = withBearerToken(RestAssuredRequest.of(request), request);
            if (inScope(req.getPath())) {
                boolean requestOnPurpose = request.getDefinedFilters().contains(INVALID_REQUEST_ON_PURPOSE)
                        || Boolean.getBoolean(INVALID_REQUESTS_IN_THIS_TEST);
                check(req, RestAssuredResponse.of(response), !requestOnPurpose);
            }
            return response;
        }

        @Override
        public int getOrder() {
            return OrderedFilter.LOWEST_PRECEDENCE;
        }
    };

    /**
     * Disagreements that are known and being fixed on another branch. Each entry names the branch; the
     * list is empty once those branches have landed on main.
     */
    static final List<Known> KNOWN = List.of();

    record Known(String method, Pattern pathTemplate, String messageKey, String fixedBy) {
        boolean matches(Violation v) {
            return method.equalsIgnoreCase(v.method()) && pathTemplate.matcher(v.pathTemplate()).matches()
                    && v.key().equals(messageKey);
        }
    }

    /** One disagreement between an answer and the contract. */
    public record Violation(String method, String pathTemplate, int status, String key, String message) {
        @Override
        public String toString() {
            return method + " " + pathTemplate + " -> " + status + ": [" + key + "] " + message;
        }
    }

    /** RestAssured's auth().oauth2(token) sets the header after the filters; the validator must see it. */
    private static Request withBearerToken(Request request, FilterableRequestSpecification spec) {
        if (!(spec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) || oauth2.getAccessToken() == null
                || !request.getHeaderValues("Authorization").isEmpty()) {
            return request;
        }
        java.util.Map<String, java.util.Collection<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        headers.put("Authorization", List.of("Bearer " + oauth2.getAccessToken()));
        return new Request() {
            @Override
            public String getPath() {
                return request.getPath();
            }

            @Override
            public Method getMethod() {
                return request.getMethod();
            }

            @Override
            public Optional<String> getBody() {
                return request.getBody();
            }

            @Override
            public Optional<com.atlassian.oai.validator.model.Body> getRequestBody() {
                return request.getRequestBody();
            }

            @Override
            public java.util.Collection<String> getQueryParameters() {
                return request.getQueryParameters();
            }

            @Override
            public java.util.Collection<String> getQueryParameterValues(String name) {
                return request.getQueryParameterValues(name);
            }

            @Override
            public Map<String, java.util.Collection<String>> getHeaders() {
                return headers;
            }

            @Override
            public java.util.Collection<String> getHeaderValues(String name) {
                return headers.getOrDefault(name, List.of());
            }
        };
    }

    private static OpenApiInteractionValidator validator;
    private static long validatorLoadedFrom = -1;

    /** The contract as it is on disk now (an update run of OpenApiContractTest may rewrite it mid-run). */
    private static synchronized OpenApiInteractionValidator validator() {
        long modified = CONTRACT.toFile().lastModified();
        if (validator == null || modified != validatorLoadedFrom) {
            validator = OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString()).build();
            validatorLoadedFrom = modified;
        }
        return validator;
    }

    static boolean inScope(String path) {
        return path.startsWith(API) && !NOT_IN_CONTRACT.contains(path) && !path.equals(DOCS) && !path.startsWith(DOCS + "/");
    }

    /**
     * Checks one exchange of the suite, counts it, and fails (AssertionError) on a violation that is not known.
     *
     * @param validateRequest false for a request that is outside the contract on purpose
     */
    public static void check(Request request, Response response, boolean validateRequest) {
        counter("responses").incrementAndGet();
        List<Violation> violations = violations(request, response, validateRequest);
        List<Violation> unknown = unknown(violations);
        violations.forEach(v -> seen(unknown.contains(v) ? "violations" : "known").add(v.toString()));
        failOn(unknown, response);
    }

    /** Fails (AssertionError) when the exchange breaks the contract in a way that is not known; counts nothing. */
    public static void assertWithinContract(Request request, Response response, boolean validateRequest) {
        failOn(unknown(violations(request, response, validateRequest)), response);
    }

    private static List<Violation> unknown(List<Violation> violations) {
        return violations.stream().filter(v -> KNOWN.stream().noneMatch(k -> k.matches(v))).toList();
    }

    private static void failOn(List<Violation> unknown, Response response) {
        if (!unknown.isEmpty()) {
            throw new AssertionError("The answer breaks the contract in openapi/openapi.yaml:\n  "
                    + unknown.stream().map(Violation::toString).collect(Collectors.joining("\n  "))
                    + "\n  body: " + abbreviate(bodyOf(response)));
        }
    }

    /**
     * The contract as an oracle for answers seen by another HTTP client (the hostile suite's raw requests,
     * which are outside the contract on purpose): counts the answer and returns its violations that are
     * not known, without failing.
     */
    public static List<Violation> checkAnswer(String method, String path, int status, Map<String, List<String>> headers,
            String body) {
        if (!inScope(path)) {
            return List.of();
        }
        Request request = request(method, path, Map.of(), null);
        Response response = response(status, headers, body);
        List<Violation> violations;
        try {
            violations = violations(request, response, false);
        } catch (RuntimeException e) {
            // a path the validator cannot even parse is no operation of the contract: nothing to compare with
            counter("unparseable").incrementAndGet();
            return List.of();
        }
        counter("responses").incrementAndGet();
        List<Violation> unknown = unknown(violations);
        violations.forEach(v -> seen(unknown.contains(v) ? "violations" : "known").add(v.toString()));
        return unknown;
    }

    /** The disagreements of one exchange with the contract, without counting or failing. */
    public static List<Violation> violations(Request request, Response response, boolean validateRequest) {
        List<Violation> found = new ArrayList<>();
        String method = request.getMethod().name();
        if (validateRequest) {
            collect(validator().validateRequest(request), method, request.getPath(), response.getStatus(), found);
        }
        ValidationReport responseReport = validator().validateResponse(request.getPath(), request.getMethod(), response);
        boolean noOperation = responseReport.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed"));
        if (noOperation && !validateRequest) {
            // a path or method the contract does not have, requested on purpose: nothing to compare with
            return found;
        }
        if (!validateRequest || found.stream().noneMatch(v -> v.key().startsWith("validation.request.path")
                || v.key().equals("validation.request.operation.notAllowed"))) {
            collect(responseReport, method, request.getPath(), response.getStatus(), found);
        }
        return found;
    }

    /** The disagreements of one request with the contract. */
    public static List<Violation> requestViolations(Request request) {
        List<Violation> found = new ArrayList<>();
        collect(validator().validateRequest(request), request.getMethod().name(), request.getPath(), 0, found);
        return found;
    }

    private static void collect(ValidationReport report, String method, String path, int status, List<Violation> into) {
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String template = m.getContext().flatMap(c -> c.getApiOperation()).map(o -> o.getApiPath().original()).orElse(path);
            String text = m.getMessage() + (m.getNestedMessages().isEmpty() ? ""
                    : " " + m.getNestedMessages().stream().map(ValidationReport.Message::getMessage).toList());
            into.add(new Violation(method, template, status, m.getKey(), abbreviate(text)));
        }
    }

    public static Request request(String method, String pathAndQuery, Map<String, String> headers, String body) {
        String[] parts = pathAndQuery.split("\\?", 2);
        SimpleRequest.Builder b = new SimpleRequest.Builder(method.toUpperCase(java.util.Locale.ROOT), parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        headers.forEach(b::withHeader);
        if (body != null) {
            b.withBody(body);
        }
        return b.build();
    }

    public static Response response(int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
        headers.forEach(b::withHeader);
        if (body != null && !body.isEmpty()) {
            b.withBody(body);
        }
        return b.build();
    }

    private static String bodyOf(Response response) {
        try {
            return response.getResponseBody().isPresent() ? response.getResponseBody().get().toString(java.nio.charset.StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    // The counters live in the system properties: Quarkus loads test classes in its own class loader,
    // and the summary at the end of the run (ContractValidationSummary) reads them from another.
    static AtomicLong counter(String name) {
        return (AtomicLong) System.getProperties().computeIfAbsent("pestprotocol.contract." + name, k -> new AtomicLong());
    }

    @SuppressWarnings("unchecked")
    static Set<String> seen(String name) {
        return (Set<String>) System.getProperties().computeIfAbsent("pestprotocol.contract.seen." + name,
                k -> ConcurrentHashMap.newKeySet());
    }

    /** The line printed at the end of the run. */
    static Optional<String> summary() {
        long responses = counter("responses").get();
        if (responses == 0) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(String.format("CONTRACT-VALIDATION responses=%d violations=%d known=%d unparseablePaths=%d",
                responses, seen("violations").size(), seen("known").size(), counter("unparseable").get()));
        seen("violations").stream().sorted().forEach(v -> s.append("\nCONTRACT-VALIDATION violation ").append(v));
        seen("known").stream().sorted().forEach(v -> s.append("\nCONTRACT-VALIDATION known ").append(v));
        return Optional.of(s.toString());
    }
}
