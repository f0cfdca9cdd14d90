package nl.pestprotocol.common;

import java.util.List;

/**
 * Every refusal the service makes on purpose. The exception mappers turn it into problem+json;
 * {@code slug} names the problem type, {@code code} the rule when one rule is at stake.
 */
public class ApiException extends RuntimeException {

    public final int status;
    public final String slug;
    public final String title;
    public final String code;
    public final List<Problem.InvalidParam> invalidParams;
    public final List<Problem.Condition> unmetConditions;

    private ApiException(int status, String slug, String title, String detail, String code,
            List<Problem.InvalidParam> invalidParams, List<Problem.Condition> unmetConditions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.code = code;
        this.invalidParams = invalidParams;
        this.unmetConditions = unmetConditions;
    }

    public static ApiException badRequest(String detail, List<Problem.InvalidParam> invalidParams) {
        return new ApiException(400, "invalid-request", "The request is not valid", detail, null, invalidParams, null);
    }

    public static ApiException invalidParam(String name, String reason) {
        return badRequest("The request has an invalid parameter.", List.of(new Problem.InvalidParam(name, reason)));
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(403, "forbidden", "Not allowed", detail, code, null, null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "Not found", what + " does not exist or is not visible to you.", null, null,
                null);
    }

    /** A state-machine refusal: every unmet condition, not only the first. */
    public static ApiException conflict(String detail, List<Problem.Condition> unmetConditions) {
        return new ApiException(409, "state-conflict", "The case is not in a state that allows this", detail, null, null,
                unmetConditions);
    }

    public static ApiException conflict(String code, String detail) {
        return conflict(detail, List.of(new Problem.Condition(code, detail)));
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "precondition-failed", "The case has changed",
                "If-Match does not match the current ETag of the case; fetch it again and retry.", "stale-etag", null, null);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "precondition-required", "If-Match required",
                "This request changes the case and needs an If-Match header with the case's current ETag.", "if-match-required",
                null, null);
    }

    /** Over a rate limit (ratelimit/): the limiter adds Retry-After and the RateLimit headers to the answer. */
    public static ApiException tooManyRequests(String detail) {
        return new ApiException(429, "too-many-requests", "Too many requests", detail, null, null, null);
    }

    /** Several domain rules refused well-formed input; all of them are listed. */
    public static ApiException rules(String detail, List<Problem.Condition> unmet) {
        return new ApiException(422, "rule-violation", "A protocol rule refuses this", detail, unmet.get(0).code(), null,
                unmet);
    }

    /** Items of a bulk request that are not valid, each named by its JSON pointer; nothing of the request was applied. */
    public static ApiException invalidItems(String detail, List<Problem.InvalidParam> items) {
        return new ApiException(422, "invalid-items", "Items of the request are not valid", detail, "invalid-items", items,
                null);
    }

    /** A domain rule refused well-formed input (e.g. the suspension ladder). */
    public static ApiException rule(String code, String detail) {
        return new ApiException(422, "rule-violation", "A protocol rule refuses this", detail, code, null, null);
    }
}
