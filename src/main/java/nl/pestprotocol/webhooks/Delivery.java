package nl.pestprotocol.webhooks;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.pestprotocol.timeline.EventType;

/** A row of the outbox: one event for one subscription, and how its delivery went (the delivery log). */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public long position;
    public UUID subscriptionId;
    public UUID caseId;
    public long eventSequence;
    @Enumerated(EnumType.STRING)
    public EventType eventType;
    public String body;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public Integer lastDurationMs;
    public String lastError;
    public String lastAttemptBy;
    public Instant deliveredAt;
    public Instant createdAt;

    /** The Standard Webhooks message id: the same for every attempt and replay of this delivery. */
    String webhookId() {
        return "msg_" + id.toString().replace("-", "");
    }
}
