package nl.pestprotocol.common;

/**
 * How large a request body may be. Every path takes 1 MiB (spec §9), except the bulk roster
 * imports, which carry a whole school board (spec §11: 20,000 students in one request). Quarkus'
 * own {@code quarkus.http.limits.max-body-size} is only the backstop and equals the largest limit
 * here; {@link HttpConventions} enforces the limit of each path, declared or chunked.
 */
public final class BodyLimits {

    public static final long DEFAULT_BYTES = 1024 * 1024;
    /** JSON of 20,000 students with groups and staff is about 5 MiB. */
    public static final int ROSTER_SYNC_MIB = 16;
    /** A OneRoster zip; what it may unpack to is bounded separately by the importer. */
    public static final int ROSTER_ONEROSTER_MIB = 32;

    private static final String SYNC = "/api/v1/roster/sync";
    private static final String ONEROSTER = "/api/v1/roster/oneroster";

    private BodyLimits() {
    }

    /** The limit for a request path (exact paths only: the bulk limits open nothing else). */
    public static long bytesFor(String path) {
        if (SYNC.equals(path)) {
            return ROSTER_SYNC_MIB * 1024L * 1024L;
        }
        if (ONEROSTER.equals(path)) {
            return ROSTER_ONEROSTER_MIB * 1024L * 1024L;
        }
        return DEFAULT_BYTES;
    }

    /** For people: "1 MiB". */
    static String describe(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }
}
