package nl.pestprotocol.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.audit.AuditTrail;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.ETags;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.roster.CurrentUser;

/**
 * The one way every feature reaches a case: visible to the current user or 404, and for writes
 * locked and version-bumped, so the ETag changes with anything recorded on the case.
 */
@ApplicationScoped
public class CaseAccess {

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;
    private final ZoneId zone;

    public CaseAccess(CaseRepository cases, AuditTrail audit, CurrentUser user, Clock clock,
            PestprotocolConfig config) {
        this.cases = cases;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.zone = config.zone();
    }

    public Viewer viewer() {
        return Viewer.of(user);
    }

    /** Every read of case data goes through here, and is audited. */
    public BullyingCase read(UUID caseId) {
        BullyingCase c = cases.findVisible(caseId, viewer()).orElseThrow(CaseAccess::notFound);
        audit.read(c.id);
        return c;
    }

    /** Audits the cases a list shows. */
    public void readAll(java.util.Collection<UUID> caseIds) {
        audit.read(caseIds);
    }

    /** Audits a write of a case this request created; the caller is in the writing transaction. */
    public void created(UUID caseId) {
        audit.wrote(caseId);
    }

    /** Locks the case for this transaction and counts the write in its version. */
    public BullyingCase write(UUID caseId) {
        return write(caseId, null, false);
    }

    /**
     * As {@link #write}, checking {@code If-Match} against the version before this write: required
     * (428 when absent) or, when {@code required} is false, only checked when the client sent one.
     */
    public BullyingCase write(UUID caseId, String ifMatch, boolean required) {
        BullyingCase c = cases.findVisibleForUpdate(caseId, viewer()).orElseThrow(CaseAccess::notFound);
        if (required || ifMatch != null) {
            ETags.require(ifMatch, c.version);
        }
        c.touch(now());
        audit.wrote(c.id);
        return c;
    }

    /** As {@link #write}, for a record of {@code kind}: refused (409) in a step that the table of {@link RecordKind} does not allow. */
    public BullyingCase writeRecord(UUID caseId, RecordKind kind) {
        return writeRecord(caseId, kind, null, false);
    }

    public BullyingCase writeRecord(UUID caseId, RecordKind kind, String ifMatch, boolean ifMatchRequired) {
        BullyingCase c = write(caseId, ifMatch, ifMatchRequired);
        kind.refusalIn(c.step).ifPresent(refusal -> {
            throw ApiException.conflict(refusal.message(), java.util.List.of(refusal));
        });
        return c;
    }

    public UUID actor() {
        return user.staffId();
    }

    public CurrentUser user() {
        return user;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public static ApiException notFound() {
        return ApiException.notFound("The case");
    }
}
