package nl.pestprotocol.cases;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseDtos.Counts;
import nl.pestprotocol.cases.CaseDtos.InvolvementView;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;

/** Maps cases to their API shape, loading the people they mention in one query per kind. */
@ApplicationScoped
public class CaseViews {

    private final People people;
    private final EntityManager em;

    public CaseViews(People people, EntityManager em) {
        this.people = people;
        this.em = em;
    }

    public CaseView full(BullyingCase c) {
        return views(List.of(c), true).get(0);
    }

    public List<CaseView> summaries(List<BullyingCase> cases) {
        return views(cases, false);
    }

    private List<CaseView> views(List<BullyingCase> cases, boolean withCounts) {
        Set<UUID> staffIds = new HashSet<>();
        Set<UUID> studentIds = new HashSet<>();
        for (BullyingCase c : cases) {
            staffIds.add(c.ownerId);
            staffIds.add(c.openedById);
            staffIds.add(c.coordinatorId);
            staffIds.add(c.supportCoordinatorId);
            c.involvements.forEach(i -> studentIds.add(i.studentId));
        }
        Map<UUID, Staff> staff = people.staffById(staffIds);
        Map<UUID, Student> students = people.studentsById(studentIds);
        return cases.stream().map(c -> new CaseView(c.id.toString(), c.summary, c.step, c.level, sorted(c.forms),
                involvements(c.involvements, students), ref(staff, c.ownerId), ref(staff, c.coordinatorId),
                ref(staff, c.supportCoordinatorId), c.openedAt, ref(staff, c.openedById), c.closedAt, c.closeReason,
                c.version, withCounts ? counts(c.id) : null)).toList();
    }

    public static List<InvolvementView> involvements(Collection<Involvement> involvements, Map<UUID, Student> students) {
        return involvements.stream().map(i -> {
            Student s = students.get(i.studentId);
            return new InvolvementView(s.externalId, s.displayName(), s.groupCode, i.role);
        }).sorted(Comparator.comparing(InvolvementView::role, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InvolvementView::studentId)).toList();
    }

    public static List<Form> sorted(Collection<Form> forms) {
        return forms.stream().sorted().toList();
    }

    private static StaffRef ref(Map<UUID, Staff> staff, UUID id) {
        return id == null ? null : StaffRef.of(staff.get(id));
    }

    private Counts counts(UUID caseId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from incident where case_id = :id),
                       (select count(*) from conversation where case_id = :id),
                       (select count(*) from agreement where case_id = :id),
                       (select count(*) from plan_action where case_id = :id),
                       (select count(*) from measure where case_id = :id)""").setParameter("id", caseId)
                .getSingleResult();
        return new Counts(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
