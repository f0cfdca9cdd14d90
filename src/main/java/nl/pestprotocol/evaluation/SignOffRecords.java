package nl.pestprotocol.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * The sign-offs of the evaluation: about the case as a whole. A pupil's export holds who signed
 * with which outcome and when, not the notes, which may discuss any pupil of the case.
 */
@ApplicationScoped
public class SignOffRecords implements CaseRecords {

    public record Exported(int round, String staff, SignAs signedAs, Outcome outcome, Instant signedAt) {
    }

    private final SignOffRepository signOffs;
    private final EntityManager em;

    public SignOffRecords(SignOffRepository signOffs, EntityManager em) {
        this.signOffs = signOffs;
        this.em = em;
    }

    @Override
    public String name() {
        return "signOffs";
    }

    @Override
    public Set<String> tables() {
        return Set.of("sign_off");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("update sign_off set staff_id = null, notes = null where case_id = any(:ids)")
                .setParameter("ids", PupilCases.array(caseIds)).executeUpdate();
    }

    /** Sign-offs link no pupil. */
    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return Map.of();
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            export.put(caseId, "signOffs", signOffs.ofCase(caseId).stream()
                    .map(s -> new Exported(s.round, export.staff(s.staffId), s.signedAs, s.outcome, s.signedAt)).toList());
        }
    }
}
