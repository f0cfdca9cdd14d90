package nl.pestprotocol.plan;

import java.time.Instant;
import java.time.LocalDate;
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

/** The actions of the plan (step 3). A pupil's export holds the actions that name them. */
@ApplicationScoped
public class PlanRecords implements CaseRecords {

    public record Exported(Term term, Track track, String description, String assignee, List<String> students,
            LocalDate dueOn, ActionStatus status) {
    }

    private final PlanActionRepository actions;
    private final EntityManager em;

    public PlanRecords(PlanActionRepository actions, EntityManager em) {
        this.actions = actions;
        this.em = em;
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public Set<String> tables() {
        return Set.of("plan_action", "plan_action_student");
    }

    @Override
    public Optional<String> countSql() {
        return Optional.of("select count(*) from plan_action where case_id = :caseId");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        UUID[] ids = PupilCases.array(caseIds);
        em.createNativeQuery("""
                delete from plan_action_student where action_id in (select id from plan_action where case_id = any(:ids))""")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update plan_action set description = null, assignee_id = null where case_id = any(:ids)")
                .setParameter("ids", ids).executeUpdate();
    }

    @Override
    public Optional<String> keepsInvolvementAs() {
        return Optional.of("a plan action");
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, """
                select s.student_id, a.case_id from plan_action_student s join plan_action a on a.id = s.action_id
                where s.student_id = any(:students)""", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            List<Exported> named = new ArrayList<>();
            for (PlanAction a : actions.ofCase(caseId)) {
                if (a.studentIds.contains(export.subjectId())) {
                    export.included(a.id);
                    named.add(new Exported(a.term, a.track, a.description, export.staff(a.assigneeId),
                            export.pupils(a.studentIds), a.dueOn, a.status));
                }
            }
            export.put(caseId, "actions", named);
        }
    }
}
