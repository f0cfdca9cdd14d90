package nl.pestprotocol.ratelimit;

/**
 * The answer of one bucket to one request: allowed or not, what is left of the quota and when it is
 * whole again (seconds), and for a refusal when the next request will be let through.
 */
record Decision(Quota quota, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

    static Decision of(Quota quota, boolean allowed, long remaining, long nanosToReset, long nanosToRefill) {
        return new Decision(quota, allowed, remaining, seconds(nanosToReset), allowed ? 0 : Math.max(1, seconds(nanosToRefill)));
    }

    /** The RateLimit item of the IETF draft: remaining requests and seconds until the quota resets. */
    String limitItem() {
        return "\"" + quota.policy() + "\";r=" + remaining + ";t=" + resetSeconds;
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
