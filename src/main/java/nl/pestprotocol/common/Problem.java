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
    private static final String TYPE_BASE = "https://pestprotocol.nl/problems/";

    public record InvalidParam(String name, String reason) {
    }

    /** A named rule that was not met; {@code code} is stable, {@code message} is for people. */
    public record Condition(String code, String message) {
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
