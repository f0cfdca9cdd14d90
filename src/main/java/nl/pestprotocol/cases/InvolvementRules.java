package nl.pestprotocol.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem.Condition;
import nl.pestprotocol.roster.Student;

/**
 * Who may join a case and who may leave it (spec §3 "Precisions"). A pupil who has left the
 * school joins no case; an involvement stays while the case still needs its role, or while the
 * case's records name the pupil (else the pupil's export would lose a case that still names them).
 */
@ApplicationScoped
public class InvolvementRules {

    public static final String STUDENT_LEFT_SCHOOL = "student-left-school";
    public static final String ROLE_STILL_REQUIRED = "role-still-required";
    public static final String STUDENT_NAMED_IN_RECORDS = "student-named-in-case-records";

    /**
     * The roles the transition table's guards ask for, and the step they are asked for when leaving:
     * a case past that step keeps at least one student with the role. {@code workflow.RuleTest}
     * keeps this equal to the table.
     */
    public static final Map<InvolvementRole, Step> REQUIRED_WHEN_LEAVING = Map.of(
            InvolvementRole.GEPESTE, Step.SIGNALEREN,
            InvolvementRole.PESTER, Step.ANALYSEREN);

    private final Instance<CaseRecords> features;

    public InvolvementRules(@Any Instance<CaseRecords> features) {
        this.features = features;
    }

    /** A pupil who has left the school ({@code active: false}, or {@code leftOn} before today) is refused, naming the field. */
    public static void requireAtSchool(List<Student> students, LocalDate today, String field) {
        for (int i = 0; i < students.size(); i++) {
            if (hasLeft(students.get(i), today)) {
                throw leftSchool(students.get(i), field == null ? null : field + "[" + i + "]");
            }
        }
    }

    /** The refusal for a pupil who has left; {@code where} (may be null) names the field. */
    public static ApiException leftSchool(Student s, String where) {
        return ApiException.rule(STUDENT_LEFT_SCHOOL, (where == null ? "" : where + ": ") + "student " + s.externalId
                + " has left the school; a pupil who has left joins no case and gets no measure.");
    }

    public static boolean hasLeft(Student s, LocalDate today) {
        return !s.active || (s.leftOn != null && s.leftOn.isBefore(today));
    }

    /** Refuses (422, every reason at once) removing {@code involvement} from {@code c}. */
    public void checkRemoval(BullyingCase c, Involvement involvement, String externalId) {
        List<Condition> unmet = new ArrayList<>();
        Step askedWhenLeaving = REQUIRED_WHEN_LEAVING.get(involvement.role);
        boolean onlyOne = c.involvements.stream()
                .noneMatch(i -> i.role == involvement.role && !i.studentId.equals(involvement.studentId));
        if (askedWhenLeaving != null && c.step.ordinal() > askedWhenLeaving.ordinal() && onlyOne) {
            unmet.add(new Condition(ROLE_STILL_REQUIRED, "Student " + externalId + " is the only " + involvement.role
                    + " of the case, which the step " + askedWhenLeaving + " required; the case is in " + c.step + "."));
        }
        List<String> named = namedIn(c.id, involvement.studentId);
        if (!named.isEmpty()) {
            unmet.add(new Condition(STUDENT_NAMED_IN_RECORDS, "Student " + externalId + " is named in "
                    + String.join(", ", named) + " of this case."));
        }
        if (!unmet.isEmpty()) {
            throw ApiException.rules("The involvement of student " + externalId + " cannot be removed.", unmet);
        }
    }

    /** What each feature calls its records that name the pupil in this case; each feature reads its own tables. */
    private List<String> namedIn(UUID caseId, UUID studentId) {
        List<String> kinds = new ArrayList<>();
        features.stream().sorted(Comparator.comparingInt(CaseRecords::exportOrder).thenComparing(CaseRecords::name))
                .forEach(feature -> feature.keepsInvolvementAs()
                        .filter(label -> feature.casesNaming(List.of(studentId)).getOrDefault(studentId, Set.of()).contains(caseId))
                        .ifPresent(kinds::add));
        return kinds;
    }
}
