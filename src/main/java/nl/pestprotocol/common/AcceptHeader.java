package nl.pestprotocol.common;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides, from the request's {@code Accept} header alone, whether a client takes
 * {@code application/json}, the only representation this API has (RFC 9110 §12.5.1). No header,
 * an empty one, {@code *}{@code /*}, {@code application/*} and {@code application/json} (with
 * parameters) are fine unless their q-value is 0. Anything else, including a header that cannot be
 * parsed, is not: the caller answers 406 before doing any work. {@code application/problem+json}
 * alone is refused too: it is the type of our errors, not of the resources a client asks for.
 */
public final class AcceptHeader {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    private AcceptHeader() {
    }

    /** @param values every {@code Accept} header of the request (none, one or several). */
    public static boolean acceptsJson(List<String> values) {
        if (values == null || values.isEmpty()) {
            return true;
        }
        String joined = String.join(",", values);
        if (joined.isBlank()) {
            return true;
        }
        // the q of the most specific range that matches application/json decides (RFC 9110 §12.5.1)
        int bestSpecificity = -1;
        double q = 0;
        boolean anyRange = false;
        for (String element : joined.split(",", -1)) {
            String range = element.trim();
            if (range.isEmpty()) {
                continue; // empty list elements are allowed (RFC 9110 §5.6.1)
            }
            anyRange = true;
            MediaRange parsed = MediaRange.parse(range);
            if (parsed == null) {
                return false;
            }
            int specificity = parsed.specificityFor("application", "json");
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = parsed.q();
            } else if (specificity == bestSpecificity && specificity >= 0) {
                q = Math.max(q, parsed.q());
            }
        }
        return !anyRange || (bestSpecificity >= 0 && q > 0);
    }

    private record MediaRange(String type, String subtype, double q) {

        static MediaRange parse(String text) {
            String[] parts = text.split(";", -1);
            String[] typeAndSub = parts[0].trim().split("/", -1);
            if (typeAndSub.length != 2 || !TOKEN.matcher(typeAndSub[0]).matches()
                    || !TOKEN.matcher(typeAndSub[1]).matches()) {
                return null;
            }
            String type = typeAndSub[0].toLowerCase(Locale.ROOT);
            String subtype = typeAndSub[1].toLowerCase(Locale.ROOT);
            if (type.equals("*") && !subtype.equals("*")) {
                return null;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                int eq = param.indexOf('=');
                if (eq <= 0 || !TOKEN.matcher(param.substring(0, eq).trim()).matches()) {
                    return null;
                }
                String name = param.substring(0, eq).trim();
                String value = param.substring(eq + 1).trim();
                if (name.equalsIgnoreCase("q")) {
                    if (!QVALUE.matcher(value).matches()) {
                        return null;
                    }
                    q = Double.parseDouble(value);
                } else if (value.isEmpty()) {
                    return null;
                }
            }
            return new MediaRange(type, subtype, q);
        }

        /** 2 for an exact match, 1 for type/*, 0 for *{@literal /}*, -1 when the range does not match. */
        int specificityFor(String wantedType, String wantedSubtype) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(wantedType)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(wantedSubtype) ? 2 : -1;
        }
    }
}
