package nl.pestprotocol.agreements;

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

/** Agreements. A pupil's export holds the agreements they are a party to. */
@ApplicationScoped
public class AgreementRecords implements CaseRecords {

    public record Exported(String description, List<String> parties, LocalDate reviewOn, AgreementStatus status,
            Instant communicatedToStudentsAt, Instant communicatedToParentsAt, Instant recordedInSomAt) {
    }

    private final AgreementRepository agreements;
    private final EntityManager em;

    public AgreementRecords(AgreementRepository agreements, EntityManager em) {
        this.agreements = agreements;
        this.em = em;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public Set<String> tables() {
        return Set.of("agreement", "agreement_party");
    }

    @Override
    public Optional<String> countSql() {
        return Optional.of("select count(*) from agreement where case_id = :caseId");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        UUID[] ids = PupilCases.array(caseIds);
        em.createNativeQuery("""
                delete from agreement_party where agreement_id in (select id from agreement where case_id = any(:ids))""")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update agreement set description = null where case_id = any(:ids)").setParameter("ids", ids)
                .executeUpdate();
    }

    @Override
    public Optional<String> keepsInvolvementAs() {
        return Optional.of("an agreement");
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, """
                select p.student_id, a.case_id from agreement_party p join agreement a on a.id = p.agreement_id
                where p.student_id = any(:students)""", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            List<Exported> party = new ArrayList<>();
            for (Agreement a : agreements.ofCase(caseId)) {
                if (a.partyIds.contains(export.subjectId())) {
                    export.included(a.id);
                    party.add(new Exported(a.description, export.pupils(a.partyIds), a.reviewOn, a.status,
                            a.communicatedToStudentsAt, a.communicatedToParentsAt, a.recordedInSomAt));
                }
            }
            export.put(caseId, "agreements", party);
        }
    }
}
