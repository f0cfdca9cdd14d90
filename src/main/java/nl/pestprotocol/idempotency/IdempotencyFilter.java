package nl.pestprotocol.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import nl.pestprotocol.idempotency.IdempotencyStore.Claim;

/**
 * {@code Idempotency-Key} for every POST of the API, in one place. A POST with a key runs in one
 * transaction that this filter opens before the resource method and commits after it: the key is
 * claimed at the start (an advisory lock, so a second request with the key sees 409 at once), the
 * services join the transaction, and the first successful answer is stored in it. So the change and
 * its stored answer commit together: a crash before the commit leaves neither (a retry runs the
 * request once more), a crash after it leaves both (a retry gets the stored answer). A failed request
 * (4xx, 5xx) is rolled back with its key, so the client may retry it with the same key.
 */
public class IdempotencyFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";
    public static final String REPLAYED = nl.pestprotocol.common.OpenApiIdempotency.REPLAYED;

    @Inject
    TransactionManager transactions;
    @Inject
    IdempotencyStore store;
    @Inject
    IdempotencyAnswers answers;

    /** The claimed key of a request, with the transaction it runs in. */
    private record Pending(Transaction tx, String subject, IdempotencyKey key, String fingerprint, String method,
            String path) {
    }

    @ServerRequestFilter
    /** Answers null to let the request run, or the answer that replaces it. */
    public Response claim(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        IdempotencyKey key;
        try {
            var parsed = IdempotencyKey.parse(request.getHeaders().get(IdempotencyKey.HEADER));
            if (parsed.isEmpty()) {
                return null;
            }
            key = parsed.get();
        } catch (IdempotencyKey.Invalid e) {
            return answers.invalidKey(e.getMessage(), path);
        }
        String subject = subjectOf(request.getSecurityContext().getUserPrincipal());
        if (subject == null) {
            return null; // keys belong to a caller; an anonymous request is refused by the operation itself
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        request.setEntityStream(new java.io.ByteArrayInputStream(body));
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String pathAndQuery = query == null ? path : path + "?" + query;
        String fingerprint = Fingerprint.of("POST", pathAndQuery, body);
        Transaction tx = begin();
        Claim claim;
        try {
            claim = store.claim(subject, key, fingerprint);
        } catch (RuntimeException e) {
            rollback(tx);
            throw e;
        }
        if (claim instanceof IdempotencyStore.Claimed) {
            request.setProperty(PENDING, new Pending(tx, subject, key, fingerprint, "POST", pathAndQuery));
            return null;
        }
        rollback(tx);
        if (claim instanceof IdempotencyStore.Replay replay) {
            return answers.replay(replay.answer());
        }
        return claim instanceof IdempotencyStore.Mismatch ? answers.reused(path) : answers.inFlight(path);
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PENDING) instanceof Pending pending)) {
            return;
        }
        request.removeProperty(PENDING);
        try {
            if (current() != pending.tx()) {
                // the resource method ran in another transaction than the key: storing it now could not be atomic
                LOG.error("An idempotent request did not run in its key's transaction; it is rolled back");
                rollback(pending.tx());
                answers.replaceWithFailure(response, pending.path());
                return;
            }
            if (response.getStatus() < 200 || response.getStatus() >= 300) {
                rollback(pending.tx());
                return;
            }
            StoredAnswer answer = answers.toStore(response);
            store.complete(pending.subject(), pending.key(), pending.fingerprint(), pending.method(), pending.path(), answer);
            transactions.commit();
        } catch (Exception e) {
            // the commit failed (or could not be tried): the change and its key are both rolled back
            LOG.warn("Could not commit an idempotent request: " + e);
            rollbackIfActive(pending.tx());
            answers.replaceWithFailure(response, pending.path());
        }
    }

    private static String subjectOf(Principal principal) {
        if (principal == null) {
            return null;
        }
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        String name = principal.getName();
        return name == null || name.isEmpty() ? null : name;
    }

    private Transaction begin() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                // a transaction left on this worker thread by a request that never reached our response filter
                LOG.warn("A worker thread still had a transaction; it is rolled back");
                transactions.rollback();
            }
            transactions.begin();
            return transactions.getTransaction();
        } catch (Exception e) {
            throw new IllegalStateException("cannot begin the transaction of an idempotent request", e);
        }
    }

    private Transaction current() throws SystemException {
        return transactions.getTransaction();
    }

    private void rollback(Transaction tx) {
        try {
            if (current() == tx) {
                transactions.rollback();
            } else {
                tx.rollback();
            }
        } catch (Exception e) {
            LOG.warn("Could not roll back an idempotent request's transaction: " + e);
        }
    }

    private void rollbackIfActive(Transaction tx) {
        try {
            int status = tx.getStatus();
            if (status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_ROLLEDBACK
                    && status != Status.STATUS_COMMITTED) {
                rollback(tx);
            } else if (current() == tx) {
                transactions.suspend();
            }
        } catch (Exception e) {
            LOG.warn("Could not end an idempotent request's transaction: " + e);
        }
    }
}
