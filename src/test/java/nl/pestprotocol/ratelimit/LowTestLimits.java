package nl.pestprotocol.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import nl.pestprotocol.common.PestprotocolConfig;

/**
 * The subjects' quotas in the tests: as configured, except for the subjects a test has just given a
 * low limit (by username or client id) until it calls {@link #clear()}. So a test proves 429 for its
 * own user only, and the rest of the suite never meets a limit.
 */
@Alternative
@Priority(1)
@Singleton
public class LowTestLimits extends SubjectQuotas {

    private static final Map<String, Quota> LOW = new ConcurrentHashMap<>();

    public LowTestLimits(PestprotocolConfig config) {
        super(config);
    }

    public static void limit(String subjectName, int requests, Duration window) {
        LOW.put(subjectName, new Quota(RateLimiter.SUBJECT_POLICY, requests, window));
    }

    public static void clear() {
        LOW.clear();
    }

    @Override
    Quota of(Subject subject) {
        Quota low = LOW.get(subject.name());
        return low != null ? low : super.of(subject);
    }
}
