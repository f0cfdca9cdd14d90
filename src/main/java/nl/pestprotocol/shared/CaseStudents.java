package nl.pestprotocol.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRef;

/** Students named in things recorded on a case (actions, conversations, agreements, measures) must be involved in it. */
@ApplicationScoped
public class CaseStudents {

    private final People people;

    public CaseStudents(People people) {
        this.people = people;
    }

    public List<Student> involved(BullyingCase c, List<String> externalIds, String field) {
        List<Student> students = people.students(externalIds, field);
        for (int i = 0; i < students.size(); i++) {
            if (c.involvementOf(students.get(i).id).isEmpty()) {
                throw ApiException.rule("student-not-involved",
                        field + "[" + i + "]: student " + externalIds.get(i) + " is not involved in this case.");
            }
        }
        return students;
    }

    public static List<StudentRef> refs(Collection<UUID> ids, Map<UUID, Student> students) {
        return ids.stream().map(students::get).sorted(Comparator.comparing((Student s) -> s.externalId)).map(StudentRef::of)
                .toList();
    }
}
