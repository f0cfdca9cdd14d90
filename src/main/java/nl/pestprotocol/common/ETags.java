package nl.pestprotocol.common;

/** Strong ETags from the case version; If-Match checks for the writes that need one. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Fails with 428 when If-Match is absent and 412 when it does not match {@code version}. */
    public static void require(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (!matches(ifMatch, version)) {
            throw ApiException.preconditionFailed();
        }
    }

    private static boolean matches(String ifMatch, long version) {
        String current = of(version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
