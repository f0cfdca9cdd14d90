package nl.pestprotocol.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * Reports are case data once triage links them to a case. Retention removes the reporter's name and
 * contact and every free text with the case's personal content; kind, forms, dates and status stay
 * countable. Reports never name roster pupils (whom they are about is free text), so no pupil's
 * export holds them: a pupil's export never says who reported (spec §10).
 */
@ApplicationScoped
public class ReportRecords implements CaseRecords {

    private final EntityManager em;

    public ReportRecords(EntityManager em) {
        this.em = em;
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

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return Map.of();
    }

    @Override
    public void export(PupilExport export) {
        // nothing: a report names no roster pupil, and who reported is never exported
    }
}
