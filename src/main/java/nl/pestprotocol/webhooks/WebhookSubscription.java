package nl.pestprotocol.webhooks;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.pestprotocol.timeline.EventType;

/** A receiver of outgoing events (spec §11), managed by the beheerder. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    /** EventType names, comma-separated (the outbox matches them in SQL). */
    public String eventTypes;
    public boolean enabled;
    public String secret;
    public String previousSecret;
    public Instant previousSecretUntil;
    public Instant failingSince;
    @Enumerated(EnumType.STRING)
    public DisabledReason disabledReason;
    public Instant createdAt;
    public long version = 1;

    Set<EventType> eventTypeSet() {
        return Arrays.stream(eventTypes.split(",")).map(EventType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    }

    void eventTypeSet(Set<EventType> types) {
        eventTypes = EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
