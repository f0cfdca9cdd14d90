package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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
 * Involvements. Retention keeps every involvement row, with the role and the department and year
 * group the pupil had when involved (snapshot by the database on insert), and removes only the
 * pupil: so a school's figures of past years still add up (spec §10 "countable").
 */
@ApplicationScoped
public class InvolvementRecords implements CaseRecords {

    /** One pupil in a case, in the export: the subject by name, every other pupil by pseudonym. */
    public record Exported(String student, InvolvementRole role) {
    }

    private final CaseRepository cases;
    private final EntityManager em;

    public InvolvementRecords(CaseRepository cases, EntityManager em) {
        this.cases = cases;
        this.em = em;
    }

    @Override
    public String name() {
        return "involvements";
    }

    @Override
    public Set<String> tables() {
        return Set.of("involvement");
    }

    @Override
    public Optional<String> countSql() {
        return Optional.of("select count(*) from involvement where case_id = :caseId");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("""
                update involvement i set
                  department = coalesce(i.department, (select g.department from student s join school_group g
                                                        on g.code = s.group_code where s.id = i.student_id)),
                  year_group = coalesce(i.year_group, (select year_group_of(s.group_code) from student s
                                                       where s.id = i.student_id)),
                  student_id = null
                where i.case_id = any(:ids) and i.student_id is not null""")
                .setParameter("ids", PupilCases.array(caseIds)).executeUpdate();
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, "select student_id, case_id from involvement where student_id = any(:students)",
                studentIds);
    }

    @Override
    public void export(PupilExport export) {
        if (export.caseIds().isEmpty()) {
            return;
        }
        for (BullyingCase c : cases.list("id in ?1", export.caseIds())) {
            List<Exported> involved = c.involvements.stream()
                    .sorted(Comparator.comparing((Involvement i) -> i.addedAt).thenComparing(i -> i.studentId))
                    .map(i -> new Exported(export.pupil(i.studentId), i.role)).toList();
            export.put(c.id, "involvements", involved);
        }
    }

    @Override
    public int exportOrder() {
        return 5;
    }
}
