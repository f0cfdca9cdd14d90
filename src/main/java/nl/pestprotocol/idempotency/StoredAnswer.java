package nl.pestprotocol.idempotency;

/** The first successful answer to a request with a key, as it is replayed. */
record StoredAnswer(int status, String contentType, String location, String etag, String body) {
}
