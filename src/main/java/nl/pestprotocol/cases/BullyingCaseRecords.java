package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * The case itself: its summary, people and close reason are personal content; step, level, forms
 * and dates are the anonymous facts that stay and that a pupil's export shows. The summary is not
 * exported: it is free text about the case as a whole and may name any pupil of it.
 */
@ApplicationScoped
public class BullyingCaseRecords implements CaseRecords {

    private final CaseRepository cases;
    private final EntityManager em;

    public BullyingCaseRecords(CaseRepository cases, EntityManager em) {
        this.cases = cases;
        this.em = em;
    }

    @Override
    public String name() {
        return "case";
    }

    @Override
    public Set<String> tables() {
        return Set.of("bullying_case", "case_form");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("""
                update bullying_case set summary = '[verwijderd]', owner_id = null, opened_by_id = null, coordinator_id = null,
                  support_coordinator_id = null, close_reason = null, anonymized_at = :now, version = version + 1,
                  updated_at = :now
                where id = any(:ids)""").setParameter("ids", PupilCases.array(caseIds)).setParameter("now", now)
                .executeUpdate();
    }

    /** The case names pupils only through the records of the other features. */
    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return Map.of();
    }

    @Override
    public void export(PupilExport export) {
        if (export.caseIds().isEmpty()) {
            return;
        }
        List<BullyingCase> found = cases.list("id in ?1 order by openedAt, id", export.caseIds());
        for (BullyingCase c : found) {
            export.put(c.id, "step", c.step);
            export.put(c.id, "level", c.level);
            export.put(c.id, "forms", CaseViews.sorted(c.forms));
            export.put(c.id, "openedAt", c.openedAt);
            export.put(c.id, "closedAt", c.closedAt);
        }
    }

    @Override
    public int exportOrder() {
        return 0;
    }
}
