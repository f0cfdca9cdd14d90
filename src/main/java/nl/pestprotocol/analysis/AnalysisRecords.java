package nl.pestprotocol.analysis;

import java.time.Instant;
import java.time.LocalDate;
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
import nl.pestprotocol.cases.Form;

/**
 * The analysis of step 2. It is about the case as a whole: a pupil's export holds its anonymous
 * facts (severity, forms, since when), not its free text, which describes the group and the other pupils.
 */
@ApplicationScoped
public class AnalysisRecords implements CaseRecords {

    public record Exported(Severity severity, List<Form> forms, LocalDate since, Instant recordedAt) {
    }

    private final AnalysisRepository analyses;
    private final EntityManager em;

    public AnalysisRecords(AnalysisRepository analyses, EntityManager em) {
        this.analyses = analyses;
        this.em = em;
    }

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public Set<String> tables() {
        return Set.of("analysis", "analysis_form");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("""
                update analysis set how = null, group_role = null, duration = null, previous_interventions = null,
                  recorded_by_id = null
                where case_id = any(:ids)""").setParameter("ids", PupilCases.array(caseIds)).executeUpdate();
    }

    /** The analysis links no pupil. */
    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return Map.of();
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            Analysis a = analyses.findById(caseId);
            if (a != null) {
                export.put(caseId, "analysis", new Exported(a.severity, a.forms.stream().sorted().toList(), a.since,
                        a.recordedAt));
            }
        }
    }
}
