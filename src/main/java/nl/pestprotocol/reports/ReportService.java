package nl.pestprotocol.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.audit.AuditTrail;
import nl.pestprotocol.cases.CaseViews;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.reports.ReportDtos.Receipt;
import nl.pestprotocol.reports.ReportDtos.ReportInput;
import nl.pestprotocol.reports.ReportDtos.ReportStatusView;
import nl.pestprotocol.reports.ReportDtos.ReportView;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.security.Roles;

/**
 * Reports from pupils and parents (spec §13): received without an account, read back by the
 * reporter only as a status, and listed for the aanspreekpunt. Every read and write is audited.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final AuditTrail audit;
    private final People people;
    private final Clock clock;

    public ReportService(ReportRepository reports, AuditTrail audit, People people, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public Receipt submit(ReportInput in) {
        Report r = new Report();
        r.id = UUID.randomUUID();
        r.code = freeCode();
        String secret = Receipts.newSecret();
        r.secretHash = Receipts.hash(secret);
        r.reporterType = in.reporterType();
        r.reporterName = blankToNull(in.reporterName());
        r.reporterContact = blankToNull(in.reporterContact());
        r.forms = in.forms() == null || in.forms().isEmpty() ? EnumSet.noneOf(nl.pestprotocol.cases.Form.class)
                : EnumSet.copyOf(in.forms());
        r.location = blankToNull(in.location());
        r.occurredOn = in.occurredOn();
        r.description = in.description();
        r.about = blankToNull(in.about());
        r.status = ReportStatus.ONTVANGEN;
        r.receivedAt = Instant.now(clock);
        reports.persist(r);
        audit.report(r.id, "none");
        return new Receipt(r.code, secret, r.status, r.status.defaultMessage);
    }

    /**
     * The status for the holder of the receipt. An unknown code and a wrong secret get the same
     * answer after the same work, so the answer tells nothing about which codes exist.
     */
    @Transactional
    public ReportStatusView status(String code, String secret) {
        String normalised = Receipts.normalisedCode(code);
        Report r = normalised == null ? null : reports.byCode(normalised).orElse(null);
        if (!Receipts.matches(r == null ? null : r.secretHash, secret)) {
            throw notFound();
        }
        audit.report(r.id, "none");
        return new ReportStatusView(r.code, r.status, r.message != null ? r.message : r.status.defaultMessage,
                ExternalHelp.PLACES);
    }

    /** The intake queue of the aanspreekpunt, newest first; each report shown is audited as read. */
    @Transactional
    public Page<ReportView> queue(ReportStatus status, String cursor, int limit) {
        List<Report> rows = reports.page(status, Cursor.decode(cursor), limit + 1);
        Page<ReportView> page = Page.of(rows, limit, this::views, r -> new Cursor(r.receivedAt, r.id).encode());
        rows.stream().limit(limit).forEach(r -> audit.report(r.id, Roles.AANSPREEKPUNT));
        return page;
    }

    List<ReportView> views(List<Report> shown) {
        Map<UUID, StaffRef> staff = people.staffRefs(shown.stream().map(r -> r.triagedById).filter(Objects::nonNull).toList());
        return shown.stream().map(r -> new ReportView(r.id.toString(), r.code, r.reporterType, r.reporterName, r.reporterContact,
                CaseViews.sorted(r.forms), r.location, r.occurredOn, r.description, r.about, r.status, r.message, r.receivedAt,
                r.triage, r.caseId == null ? null : r.caseId.toString(), r.triagedById == null ? null : staff.get(r.triagedById),
                r.triagedAt, r.closeReason)).toList();
    }

    static ApiException notFound() {
        return ApiException.notFound("A report with this code and secret");
    }

    private String freeCode() {
        String code = Receipts.newCode();
        // 60 random bits: a collision is rare enough that trying again is all it needs
        while (reports.codeTaken(code)) {
            code = Receipts.newCode();
        }
        return code;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
