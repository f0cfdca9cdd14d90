package nl.pestprotocol.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.audit.AuditRepository;
import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * Reports are case data once triage links them to a case. Retention removes the reporter's name and
 * contact and every free text with the case's personal content, and of a report outside any case
 * the same period after it was closed or received; kind, forms, dates and status stay
 * countable. Reports never name roster pupils (whom they are about is free text), so no pupil's
 * export holds them: a pupil's export never says who reported (spec §10).
 */
@ApplicationScoped
public class ReportRecords implements CaseRecords {

    private final EntityManager em;
    private final AuditRepository audit;

    public ReportRecords(EntityManager em, AuditRepository audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public Set<String> tables() {
        return Set.of("report", "report_form");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("""
                update report set reporter_name = null, reporter_contact = null, location = null, description = null,
                    about = null, message = null, close_reason = null, anonymized_at = :now
                where case_id = any(:ids) and anonymized_at is null""")
                .setParameter("ids", PupilCases.array(caseIds)).setParameter("now", now).executeUpdate();
    }

    /**
     * A report without a case (closed with a reason, or never triaged) is personal data all the same:
     * it loses the same content once it was closed, or else received, longer ago than the retention
     * period. The spec names no term of its own for these, so it is the closed case's term.
     */
    @Override
    @SuppressWarnings("unchecked")
    public int anonymiseOutsideCases(Instant cutoff, Instant now) {
        List<Object> ids = em.createNativeQuery("""
                update report set reporter_name = null, reporter_contact = null, location = null, description = null,
                    about = null, message = null, close_reason = null, anonymized_at = :now
                where case_id is null and anonymized_at is null and coalesce(triaged_at, received_at) < :cutoff
                returning id""").setParameter("cutoff", cutoff).setParameter("now", now).getResultList();
        ids.forEach(id -> audit.insertReport(id instanceof UUID u ? u : UUID.fromString(id.toString()), now, "retention",
                "retention", "system", "RETENTION anonymise", "scheduled"));
        return ids.size();
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return Map.of();
    }

    @Override
    public void export(PupilExport export) {
        // nothing: a report names no roster pupil, and who reported is never exported
    }
}
