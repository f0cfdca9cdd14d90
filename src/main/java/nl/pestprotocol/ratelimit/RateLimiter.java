package nl.pestprotocol.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.PestprotocolConfig;

/**
 * Rate limits as token buckets (Bucket4j): one per signed-in subject for every {@code /api/v1}
 * operation ({@link SubjectLimitFilter}), and named limits by client address that a feature asks for
 * on its anonymous endpoints. Every answer counted against a limit carries the IETF draft's
 * {@code RateLimit-Policy} and {@code RateLimit} headers; a refusal is 429 problem+json with
 * {@code Retry-After}.
 *
 * <p>Using a named limit, e.g. "30 reports from one client in a minute":
 * <pre>{@code
 * static final NamedLimit REPORTS = NamedLimit.of("reports", 30, Duration.ofMinutes(1));
 *
 * @POST @PermitAll
 * public Response report(ReportInput in, @Context RoutingContext routing) {
 *     limits.acquire(REPORTS, routing);   // 429 (ApiException) when over; RateLimit headers either way
 *     ...
 * }
 * }</pre>
 * Operators change the numbers with {@code pestprotocol.rate-limit.named.reports.requests} and
 * {@code .window}. The client address is the one Quarkus reports for the connection: behind an
 * ingress, enable {@code quarkus.http.proxy.proxy-address-forwarding} with the ingress as trusted
 * proxy, or every client counts as the ingress. IPv6 clients are counted per /64, which one client
 * usually holds whole.
 *
 * <p>Buckets live in this replica's memory: with N replicas a client may get up to N times a limit
 * when its requests are spread over them. Full buckets (clients quiet for a window) are dropped.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    static final String SUBJECT_POLICY = "subject";
    /** Past this many tracked clients the idle ones are dropped at once, not only once a minute. */
    private static final int SWEEP_AT = 50_000;

    private record Tracked(Bucket bucket, Quota quota) {
    }

    private final PestprotocolConfig.RateLimit config;
    private final SubjectQuotas subjects;
    private final AddressQuotas addresses;
    private final ClockTimeMeter time;
    private final MeterRegistry metrics;
    private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();

    public RateLimiter(PestprotocolConfig config, SubjectQuotas subjects, AddressQuotas addresses, Clock clock,
            MeterRegistry metrics) {
        this.config = config.rateLimit();
        this.subjects = subjects;
        this.addresses = addresses;
        this.time = new ClockTimeMeter(clock);
        this.metrics = metrics;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /**
     * Counts one request of an anonymous client against a named limit, keyed by its address. Adds the
     * RateLimit headers to the answer; over the limit, throws the 429 {@link ApiException} (with
     * Retry-After) that the problem mappers answer.
     */
    public void acquire(NamedLimit limit, RoutingContext routing) {
        if (!enabled()) {
            return;
        }
        String client = clientKey(routing.request().remoteAddress());
        enforce(consume(addresses.of(limit, client), "address:" + client), routing,
                "Too many requests from your address; wait Retry-After seconds before sending another.");
    }

    /** Counts one request of a signed-in subject (see {@link SubjectLimitFilter}). */
    void acquire(Subject subject, RoutingContext routing) {
        enforce(consume(subjects.of(subject), subject.key()), routing,
                "You have sent more requests than your limit allows; wait Retry-After seconds before sending another.");
    }

    Decision consume(Quota quota, String key) {
        String id = quota.policy() + "|" + key;
        Tracked tracked = buckets.get(id);
        if (tracked == null || !tracked.quota().equals(quota)) {
            if (buckets.size() >= SWEEP_AT) {
                dropIdle();
            }
            tracked = buckets.compute(id, (k, old) -> old != null && old.quota().equals(quota) ? old : track(quota));
        }
        ConsumptionProbe probe = tracked.bucket().tryConsumeAndReturnRemaining(1);
        return Decision.of(quota, probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForReset(),
                probe.getNanosToWaitForRefill());
    }

    private Tracked track(Quota quota) {
        // the whole quota comes back at the end of each window: what the RateLimit headers promise
        Bucket bucket = Bucket.builder()
                .addLimit(limit -> limit.capacity(quota.requests()).refillIntervally(quota.requests(), quota.window()))
                .withCustomTimePrecision(time).build();
        return new Tracked(bucket, quota);
    }

    private void enforce(Decision decision, RoutingContext routing, String detail) {
        routing.response().headers().add("RateLimit-Policy", decision.quota().policyItem())
                .add("RateLimit", decision.limitItem());
        if (!decision.allowed()) {
            metrics.counter("pestprotocol.ratelimit.refused", "policy", decision.quota().policy()).increment();
            LOG.infof("Rate limit %s reached; refused for %d s", decision.quota().policy(), decision.retryAfterSeconds());
            routing.response().headers().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
            throw ApiException.tooManyRequests(detail);
        }
    }

    /** A bucket that has filled up again is the same as a new one: forget it. Each replica sweeps its own memory. */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dropIdle() {
        buckets.entrySet().removeIf(e -> e.getValue().bucket().getAvailableTokens() >= e.getValue().quota().requests());
        if (buckets.size() >= SWEEP_AT) {
            // only a flood of distinct addresses gets here: forget the anonymous ones rather than run out of memory
            LOG.warnf("%d clients over their limits at once; the address limits start afresh", buckets.size());
            buckets.keySet().removeIf(id -> id.contains("|address:"));
        }
    }

    int tracked() {
        return buckets.size();
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network. */
    static String clientKey(SocketAddress address) {
        if (address == null || address.hostAddress() == null) {
            return "unknown";
        }
        String host = address.hostAddress();
        if (!host.contains(":")) {
            return host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length != 16) {
                return host;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
