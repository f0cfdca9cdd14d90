package nl.pestprotocol.cases;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseDtos.InvolvementView;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;

/** Maps cases to their API shape, loading the people they mention in one query per kind. */
@ApplicationScoped
public class CaseViews {

    /** The counted kinds of record, and one statement that counts them all (each feature gives its own query). */
    private record Counting(List<String> names, String sql) {
    }

    private final People people;
    private final EntityManager em;
    private final Instance<CaseRecords> records;
    private volatile Counting counting;

    public CaseViews(People people, EntityManager em, Instance<CaseRecords> records) {
        this.people = people;
        this.em = em;
        this.records = records;
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

    private Map<String, Long> counts(UUID caseId) {
        Counting c = counting();
        Map<String, Long> counts = new TreeMap<>();
        if (c.names().isEmpty()) {
            return counts;
        }
        Object result = em.createNativeQuery(c.sql()).setParameter("caseId", caseId).getSingleResult();
        Object[] row = result instanceof Object[] many ? many : new Object[] { result };
        for (int i = 0; i < row.length; i++) {
            counts.put(c.names().get(i), ((Number) row[i]).longValue());
        }
        return counts;
    }

    private Counting counting() {
        Counting c = counting;
        if (c == null) {
            List<CaseRecords> counted = records.stream().filter(r -> r.countSql().isPresent())
                    .sorted(Comparator.comparing(CaseRecords::name)).toList();
            String sql = "select " + String.join(", ", counted.stream().map(r -> "(" + r.countSql().get() + ")").toList());
            c = new Counting(counted.stream().map(CaseRecords::name).toList(), sql);
            counting = c;
        }
        return c;
    }
}
