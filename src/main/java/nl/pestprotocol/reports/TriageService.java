package nl.pestprotocol.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.audit.AuditTrail;
import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseDtos.CreateCaseInput;
import nl.pestprotocol.cases.CaseDtos.IncidentInput;
import nl.pestprotocol.cases.CaseDtos.IncidentView;
import nl.pestprotocol.cases.CaseService;
import nl.pestprotocol.cases.IncidentService;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.reports.ReportDtos.ReportView;
import nl.pestprotocol.reports.ReportDtos.TriageInput;
import nl.pestprotocol.roster.CurrentUser;
import nl.pestprotocol.security.Role;
import nl.pestprotocol.security.Roles;

/**
 * Triage by the aanspreekpunt (spec §13): a report becomes an incident on a case the user can see,
 * or the first incident of a new case, or is closed with a reason. Cases are reached only through
 * the case services (and so through CaseAccess): the aanspreekpunt needs a case role as well, and
 * sees only what that role may see.
 */
@ApplicationScoped
public class TriageService {

    private final ReportRepository reports;
    private final ReportService views;
    private final CaseService cases;
    private final IncidentService incidents;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    public TriageService(ReportRepository reports, ReportService views, CaseService cases, IncidentService incidents,
            CurrentUser user, AuditTrail audit, Clock clock, PestprotocolConfig config) {
        this.reports = reports;
        this.views = views;
        this.cases = cases;
        this.incidents = incidents;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.zone = config.zone();
    }

    @Transactional
    public ReportView triage(UUID reportId, TriageInput in) {
        UUID staffId = user.staffId();
        Report r = reports.forTriage(reportId).orElseThrow(() -> ApiException.notFound("The report"));
        if (r.triage != null) {
            throw ApiException.conflict("report-already-triaged",
                    "This report was triaged already (" + r.triage + "); its status now follows the case or the closing.");
        }
        if (r.anonymizedAt != null) {
            // left untriaged past the retention period: nothing of it is left to put on a case
            throw ApiException.conflict("report-anonymised",
                    "This report lost its content to retention before it was triaged; it can no longer be triaged.");
        }
        switch (in.triage()) {
            case GEKOPPELD -> link(r, in);
            case NIEUWE_CASUS -> openCase(r, in);
            case GESLOTEN -> close(r, in);
        }
        r.triage = in.triage();
        r.triagedById = staffId;
        r.triagedAt = Instant.now(clock);
        r.message = in.message();
        audit.report(r.id, Roles.AANSPREEKPUNT);
        return views.views(List.of(r)).get(0);
    }

    private void link(Report r, TriageInput in) {
        requireCaseRole();
        if (in.caseId() == null) {
            throw ApiException.invalidParam("caseId", "is required to link the report to a case");
        }
        UUID caseId = QueryParams.pathId(in.caseId(), "The case");
        IncidentView incident = incidents.log(caseId, incident(r, in));
        r.caseId = caseId;
        r.incidentId = UUID.fromString(incident.id());
        r.status = ReportStatus.IN_BEHANDELING;
    }

    private void openCase(Report r, TriageInput in) {
        requireCaseRole();
        if (in.summary() == null || in.summary().isBlank()) {
            throw ApiException.invalidParam("summary", "is required to open a case");
        }
        if (in.students() == null || in.students().isEmpty()) {
            throw ApiException.invalidParam("students", "a case involves at least one student; name them from the report");
        }
        CaseView opened = cases.open(new CreateCaseInput(in.summary(), null, incident(r, in)));
        r.caseId = UUID.fromString(opened.id());
        r.incidentId = UUID.fromString(incidents.list(r.caseId, null, 1).items().get(0).id());
        r.status = ReportStatus.IN_BEHANDELING;
    }

    private static void close(Report r, TriageInput in) {
        if (in.closeReason() == null || in.closeReason().isBlank()) {
            throw ApiException.invalidParam("closeReason", "is required to close a report");
        }
        r.closeReason = in.closeReason();
        r.status = ReportStatus.AFGEHANDELD;
    }

    /** The report as an incident: its reporter type, name, place, forms and text; the pupils are named by the user. */
    private IncidentInput incident(Report r, TriageInput in) {
        Instant occurredAt = in.occurredAt() != null ? in.occurredAt()
                : r.occurredOn != null ? r.occurredOn.atStartOfDay(zone).toInstant() : r.receivedAt;
        return new IncidentInput(occurredAt, r.receivedAt, r.reporterType.incidentReporter, r.reporterName, r.location,
                r.forms, r.description, in.students() == null ? List.of() : in.students());
    }

    /** The aanspreekpunt role alone gives no case content (spec §1): linking or opening a case needs a case role too. */
    private void requireCaseRole() {
        if (!user.has(Role.MENTOR) && !user.has(Role.LEERLINGCOORDINATOR) && !user.has(Role.ONDERSTEUNINGSCOORDINATOR)) {
            throw ApiException.forbidden("case-role-required",
                    "Linking a report to a case or opening one needs a case role (mentor, leerlingcoördinator or"
                            + " ondersteuningscoördinator) besides aanspreekpunt.");
        }
    }
}
