package nl.pestprotocol.webhooks;

/** Where one delivery of one event to one subscription stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt, or for an earlier event of the same case. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up: the retry schedule ran out, or the receiver answered 410. */
    FAILED
}
