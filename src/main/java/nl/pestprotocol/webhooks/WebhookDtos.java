package nl.pestprotocol.webhooks;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.pestprotocol.timeline.EventType;

/** What the webhook endpoints read and answer. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionInput", description = "A new receiver of events",
            example = "{\"url\":\"https://sis.school.nl/hooks/pestprotocol\",\"eventTypes\":[\"CASE_OPENED\",\"STEP_CHANGED\",\"LEVEL_RAISED\"]}")
    public record SubscriptionInput(
            @NotNull @Size(max = 2000) @Schema(format = "uri", maxLength = 2000, description = "An https URL; it may not resolve to a loopback, private or link-local address unless the service's allow-list names its host") String url,
            @NotNull @Size(min = 1, max = 16) @Schema(minItems = 1, maxItems = 16, description = "The events to deliver") Set<EventType> eventTypes,
            @Schema(description = "Default true") Boolean enabled) {
    }

    /** Merge-patch: what is absent stays. Enabling a subscription the service disabled clears the reason. */
    @Schema(name = "WebhookSubscriptionPatch", example = "{\"enabled\":true}")
    public record SubscriptionPatch(
            @Size(max = 2000) @Schema(format = "uri", maxLength = 2000) String url,
            @Size(min = 1, max = 16) @Schema(minItems = 1, maxItems = 16) Set<EventType> eventTypes,
            Boolean enabled) {
    }

    @Schema(name = "WebhookSubscription", requiredProperties = { "id", "url", "eventTypes", "enabled", "createdAt" })
    public record SubscriptionView(
            UUID id,
            @Schema(format = "uri", maxLength = 2000) String url,
            @Schema(maxItems = 16) Set<EventType> eventTypes,
            boolean enabled,
            @Schema(description = "Set when the service disabled the subscription itself") DisabledReason disabledReason,
            Instant createdAt,
            @Schema(description = "Until then the previous secret signs beside the current one") Instant previousSecretValidUntil,
            @Schema(maxLength = 100, pattern = "^whsec_[A-Za-z0-9+/=]+$", description = "The signing secret (Standard Webhooks); only in the answer to creation and to a rotation, never again")
            String secret) {
    }

    @Schema(name = "WebhookDelivery", description = "One event for one subscription, and how its delivery went",
            requiredProperties = { "id", "webhookId", "eventId", "eventType", "caseId", "status", "attempts", "createdAt" })
    public record DeliveryView(
            UUID id,
            @Schema(maxLength = 40, description = "The webhook-id header of every attempt, replays included") String webhookId,
            @Schema(maxLength = 20, description = "The CloudEvent id (the timeline sequence)") String eventId,
            EventType eventType,
            UUID caseId,
            DeliveryStatus status,
            @Schema(minimum = "0", maximum = "1000") int attempts,
            @Schema(minimum = "100", maximum = "599", description = "HTTP status of the last attempt; absent when no answer came") Integer lastStatusCode,
            @Schema(maxLength = 40, description = "Why the last attempt failed without an HTTP status (timeout, connection, address-refused)") String lastError,
            @Schema(minimum = "0", maximum = "3600000") Integer lastDurationMs,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            Instant createdAt) {
    }
}
