package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * Incidents. A pupil's export holds the incidents that name them, never who reported them (neither
 * the reporter's name nor their type: in a case of two pupils "a pupil reported it" names one).
 */
@ApplicationScoped
public class IncidentRecords implements CaseRecords {

    public record Exported(Instant occurredAt, Instant reportedAt, String location, List<Form> forms, String description,
            List<String> students) {
    }

    private final IncidentRepository incidents;
    private final EntityManager em;

    public IncidentRecords(IncidentRepository incidents, EntityManager em) {
        this.incidents = incidents;
        this.em = em;
    }

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public Set<String> tables() {
        return Set.of("incident", "incident_form", "incident_student");
    }

    @Override
    public Optional<String> countSql() {
        return Optional.of("select count(*) from incident where case_id = :caseId");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        UUID[] ids = PupilCases.array(caseIds);
        em.createNativeQuery("delete from incident_student where incident_id in (select id from incident where case_id = any(:ids))")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("""
                update incident set description = null, reporter_name = null, location = null, logged_by_id = null
                where case_id = any(:ids)""").setParameter("ids", ids).executeUpdate();
    }

    @Override
    public Optional<String> keepsInvolvementAs() {
        return Optional.of("an incident");
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, """
                select s.student_id, i.case_id from incident_student s join incident i on i.id = s.incident_id
                where s.student_id = any(:students)""", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            List<Exported> named = new ArrayList<>();
            for (Incident i : incidents.ofCase(caseId)) {
                if (i.studentIds.contains(export.subjectId())) {
                    export.included(i.id);
                    named.add(new Exported(i.occurredAt, i.reportedAt, i.location, CaseViews.sorted(i.forms), i.description,
                            export.pupils(i.studentIds)));
                }
            }
            export.put(caseId, "incidents", named);
        }
    }
}
