package nl.pestprotocol.measures;

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

/** Measures (step 6). A pupil's export holds their own measures only, never another pupil's suspension. */
@ApplicationScoped
public class MeasureRecords implements CaseRecords {

    public record Exported(MeasureType type, String student, LocalDate startOn, Integer schoolDays, LocalDate endOn,
            String reason, LocalDate parentsHeardOn, Instant parentsNotifiedInWritingAt, Instant inspectieNotifiedAt,
            Instant leerplichtNotifiedAt) {
    }

    private final MeasureRepository measures;
    private final EntityManager em;

    public MeasureRecords(MeasureRepository measures, EntityManager em) {
        this.measures = measures;
        this.em = em;
    }

    @Override
    public String name() {
        return "measures";
    }

    @Override
    public Set<String> tables() {
        return Set.of("measure");
    }

    @Override
    public Optional<String> countSql() {
        return Optional.of("select count(*) from measure where case_id = :caseId");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("update measure set student_id = null, reason = null, decided_by_id = null where case_id = any(:ids)")
                .setParameter("ids", PupilCases.array(caseIds)).executeUpdate();
    }

    @Override
    public Optional<String> keepsInvolvementAs() {
        return Optional.of("a measure");
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, "select student_id, case_id from measure where student_id = any(:students)", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            List<Exported> own = new ArrayList<>();
            for (Measure m : measures.ofCase(caseId)) {
                if (export.subjectId().equals(m.studentId)) {
                    export.included(m.id);
                    own.add(new Exported(m.type, export.pupil(m.studentId), m.startOn, m.schoolDays, m.endOn, m.reason,
                            m.parentsHeardOn, m.parentsNotifiedInWritingAt, m.inspectieNotifiedAt, m.leerplichtNotifiedAt));
                }
            }
            export.put(caseId, "measures", own);
        }
    }
}
