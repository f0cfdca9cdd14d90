package nl.pestprotocol.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Parses query and path parameters ourselves, so a malformed one is a 400 problem that names it
 * instead of the framework's bare 404.
 */
public final class QueryParams {

    public static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    public static int limit(String value, int defaultLimit) {
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParam("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date = ApiDates.parseDate(value);
        if (date == null) {
            throw ApiException.invalidParam(name, ApiDates.DATE_RULE);
        }
        return date;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParam(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A free query value (an externalId, a group code) no longer than the contract allows; longer matches nothing we store. */
    public static String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ApiException.invalidParam(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** Path ids that are not UUIDs name nothing that exists: 404, like any unknown id. */
    public static UUID pathId(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
    }
}
