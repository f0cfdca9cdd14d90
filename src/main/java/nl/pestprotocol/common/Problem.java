package nl.pestprotocol.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<InvalidParam> invalidParams,
        List<Condition> unmetConditions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The bounds the contract states (OpenApiConventions); texts are made by the service, these keep them true. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_INVALID_PARAMS = 100;
    public static final int MAX_CONDITIONS = 50;

    public Problem {
        title = cut(title, MAX_TITLE);
        detail = cut(detail, MAX_DETAIL);
        if (invalidParams != null && invalidParams.size() > MAX_INVALID_PARAMS) {
            invalidParams = List.copyOf(invalidParams.subList(0, MAX_INVALID_PARAMS));
            detail = cut(detail, MAX_DETAIL - 60) + " Only the first " + MAX_INVALID_PARAMS + " problems are listed.";
        }
        if (unmetConditions != null && unmetConditions.size() > MAX_CONDITIONS) {
            unmetConditions = List.copyOf(unmetConditions.subList(0, MAX_CONDITIONS));
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
    private static final String TYPE_BASE = "https://pestprotocol.nl/problems/";

    public record InvalidParam(String name, String reason) {
        public InvalidParam {
            reason = cut(reason, MAX_REASON);
        }
    }

    /** A named rule that was not met; {@code code} is stable, {@code message} is for people. */
    public record Condition(String code, String message) {
        public Condition {
            message = cut(message, MAX_DETAIL);
        }
    }

    public static String typeFor(String slug) {
        return TYPE_BASE + slug;
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z0-9._:\\[\\]-]{1,100}");

    /** Client input is repeated in a problem only when it is plainly an id or a name; anything else is not reflected. */
    public static String echo(String clientValue) {
        return clientValue != null && PLAIN.matcher(clientValue).matches() ? clientValue : "(the value sent)";
    }
}
