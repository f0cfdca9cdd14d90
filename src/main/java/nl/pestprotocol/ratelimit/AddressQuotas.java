package nl.pestprotocol.ratelimit;

import jakarta.inject.Singleton;

import nl.pestprotocol.common.PestprotocolConfig;

/**
 * The quota of a named limit for one client address: the feature's numbers, unless
 * {@code pestprotocol.rate-limit.named.<name>} sets its own. A bean of its own, as {@link SubjectQuotas},
 * so the tests can keep the address the whole suite sends from out of the way while every other
 * address meets the real limit.
 */
@Singleton
public class AddressQuotas {

    private final PestprotocolConfig.RateLimit config;

    public AddressQuotas(PestprotocolConfig config) {
        this.config = config.rateLimit();
    }

    Quota of(NamedLimit limit, String clientKey) {
        PestprotocolConfig.Limit set = config.named().get(limit.name());
        return new Quota(limit.name(), set == null ? limit.requests() : set.requests().orElse(limit.requests()),
                set == null ? limit.window() : set.window().orElse(limit.window()));
    }
}
