package nl.pestprotocol.webhooks;

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
 * The outbox names cases, and an involvement's event names a pupil by internal id. Retention deletes a
 * case's deliveries with its personal content (the receiver has had them; the log is operational);
 * a pupil's export holds nothing of them: they only repeat the timeline, which the export covers.
 */
@ApplicationScoped
public class WebhookRecords implements CaseRecords {

    private final EntityManager em;

    public WebhookRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "webhookDeliveries";
    }

    @Override
    public Set<String> tables() {
        return Set.of("webhook_delivery");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        em.createNativeQuery("delete from webhook_delivery where case_id = any(:ids)").setParameter("ids", PupilCases.array(caseIds))
                .executeUpdate();
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, """
                select s.id, d.case_id from student s
                join webhook_delivery d on cast(d.body as jsonb) -> 'data' ->> 'studentId' = cast(s.id as text)
                where s.id = any(:students)""", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        // nothing: a delivery repeats a timeline event, which the timeline's part of the export already covers
    }
}
