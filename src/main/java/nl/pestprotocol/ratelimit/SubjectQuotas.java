package nl.pestprotocol.ratelimit;

import jakarta.inject.Singleton;

import nl.pestprotocol.common.PestprotocolConfig;

/**
 * A subject's quota: its own from {@code pestprotocol.rate-limit.subjects.<name>}, else the default.
 * A bean of its own so that a test can give one test user a low limit for the length of one test,
 * without restarting the service under a test profile.
 */
@Singleton
public class SubjectQuotas {

    private final PestprotocolConfig.RateLimit config;

    public SubjectQuotas(PestprotocolConfig config) {
        this.config = config.rateLimit();
    }

    Quota of(Subject subject) {
        PestprotocolConfig.Limit own = config.subjects().get(subject.name());
        return new Quota(RateLimiter.SUBJECT_POLICY, own == null ? config.requests() : own.requests().orElse(config.requests()),
                own == null ? config.window() : own.window().orElse(config.window()));
    }
}
