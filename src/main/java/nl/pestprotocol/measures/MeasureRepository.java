package nl.pestprotocol.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.CaseRecordOrder;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

    private static final CaseRecordOrder ORDER = new CaseRecordOrder("measure", "created_at", "id");

    public List<Measure> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    /** A keyset page in the order of {@link #ofCase(UUID)}. */
    public List<Measure> page(UUID caseId, String cursor, int rows) {
        return ORDER.page(getEntityManager(), Measure.class, caseId, cursor, rows);
    }

    public Optional<Measure> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }

    /** Serialises the ladder decisions about one student (their measures may be on several cases) until commit. */
    public void lockLadder(UUID studentId) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(cast(:student as text)))) l")
                .setParameter("student", studentId).getSingleResult();
    }

    /** A one-day suspension of the student, on any case, that starts before {@code startOn}. */
    public boolean hasOneDaySuspensionBefore(UUID studentId, LocalDate startOn) {
        return count("studentId = ?1 and type = ?2 and schoolDays = 1 and startOn < ?3", studentId, MeasureType.SCHORSING,
                startOn) > 0;
    }

    /** A suspension of more than one school day, on any case, whose last day is before {@code today}. */
    public boolean hadLongerSuspensionEndedBefore(UUID studentId, LocalDate today) {
        return count("studentId = ?1 and type = ?2 and schoolDays > 1 and endOn < ?3", studentId, MeasureType.SCHORSING,
                today) > 0;
    }

    public boolean suspensionOverlaps(UUID studentId, LocalDate startOn, LocalDate endOn) {
        return count("studentId = ?1 and type = ?2 and startOn <= ?4 and endOn >= ?3", studentId, MeasureType.SCHORSING,
                startOn, endOn) > 0;
    }
}
