package nl.pestprotocol.ratelimit;

import java.time.Duration;

/** One quota policy as the RateLimit-Policy header names it: {@code requests} per {@code window}. */
record Quota(String policy, int requests, Duration window) {

    long windowSeconds() {
        return Math.max(1, (window.toMillis() + 999) / 1000);
    }

    /** The RateLimit-Policy item of the IETF draft (httpapi-ratelimit-headers): quota and window in seconds. */
    String policyItem() {
        return "\"" + policy + "\";q=" + requests + ";w=" + windowSeconds();
    }
}
