package nl.pestprotocol.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.webhooks.WebhookDtos.SubscriptionInput;
import nl.pestprotocol.webhooks.WebhookDtos.SubscriptionPatch;
import nl.pestprotocol.webhooks.WebhookDtos.SubscriptionView;

/** The beheerder's webhook subscriptions: the secret is shown once, on creation and on rotation. */
@ApplicationScoped
public class WebhookSubscriptionService {

    private final WebhookSubscriptionRepository subscriptions;
    private final ReceiverGuard guard;
    private final Clock clock;
    private final Duration overlap;

    public WebhookSubscriptionService(WebhookSubscriptionRepository subscriptions, ReceiverGuard guard, Clock clock,
            PestprotocolConfig config) {
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.clock = clock;
        this.overlap = config.webhooks().rotationOverlap();
    }

    @Transactional
    public SubscriptionView create(SubscriptionInput in) {
        checkUrl(in.url());
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.url = in.url();
        s.eventTypeSet(in.eventTypes());
        s.enabled = in.enabled() == null || in.enabled();
        s.secret = WebhookSecrets.newSecret();
        s.createdAt = Instant.now(clock);
        subscriptions.persist(s);
        return view(s, s.secret);
    }

    public Page<SubscriptionView> list(String cursor, int limit) {
        UUID after = cursor == null ? null : Cursor.decodeId(cursor);
        List<WebhookSubscription> rows = subscriptions.page(after, limit);
        return Page.of(rows, limit, shown -> shown.stream().map(s -> view(s, null)).toList(), s -> Cursor.encodeKey(s.id.toString()));
    }

    public SubscriptionView get(UUID id) {
        return view(find(id, false), null);
    }

    @Transactional
    public SubscriptionView change(UUID id, SubscriptionPatch patch) {
        WebhookSubscription s = find(id, true);
        if (patch.url() != null) {
            checkUrl(patch.url());
            s.url = patch.url();
        }
        if (patch.eventTypes() != null) {
            s.eventTypeSet(patch.eventTypes());
        }
        if (patch.enabled() != null) {
            s.enabled = patch.enabled();
            if (s.enabled) {
                s.disabledReason = null;
                s.failingSince = null;
            }
        }
        s.version++;
        return view(s, null);
    }

    @Transactional
    public void delete(UUID id) {
        subscriptions.delete(find(id, true));
    }

    /** A new secret; the previous one keeps signing beside it for the overlap (24 h). */
    @Transactional
    public SubscriptionView rotate(UUID id) {
        WebhookSubscription s = find(id, true);
        s.previousSecret = s.secret;
        s.previousSecretUntil = Instant.now(clock).plus(overlap);
        s.secret = WebhookSecrets.newSecret();
        s.version++;
        return view(s, s.secret);
    }

    WebhookSubscription find(UUID id, boolean lock) {
        WebhookSubscription s = lock ? subscriptions.findById(id, LockModeType.PESSIMISTIC_WRITE) : subscriptions.findById(id);
        if (s == null) {
            throw ApiException.notFound("The webhook subscription");
        }
        return s;
    }

    private void checkUrl(String url) {
        guard.check(url).ifPresent(refusal -> {
            throw ApiException.rule(refusal.code(), refusal.message());
        });
    }

    private SubscriptionView view(WebhookSubscription s, String secret) {
        Instant until = s.previousSecretUntil != null && Instant.now(clock).isBefore(s.previousSecretUntil)
                ? s.previousSecretUntil : null;
        return new SubscriptionView(s.id, s.url, s.eventTypeSet(), s.enabled, s.disabledReason, s.createdAt, until, secret);
    }
}
