package nl.pestprotocol.webhooks;

/** Why the service disabled a subscription by itself; a beheerder enables it again with a PATCH. */
public enum DisabledReason {
    /** The receiver answered 410 Gone. */
    GONE,
    /** Deliveries kept failing for longer than {@code pestprotocol.webhooks.disable-after-failing}. */
    FAILING
}
