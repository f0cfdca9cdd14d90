package nl.pestprotocol.workflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.Involvement;
import nl.pestprotocol.cases.InvolvementRole;

/** Reads every fact the guards need in one round trip. */
@ApplicationScoped
public class CaseFactsRepository {

    private static final String SQL = """
            select
              (select count(*) from incident where case_id = :id),
              (select count(*) from analysis where case_id = :id),
              (select string_agg(distinct type, ',') from conversation where case_id = :id),
              (select string_agg(distinct term, ',') from plan_action where case_id = :id),
              (select count(*) from involvement i where i.case_id = :id and not exists (
                   select 1 from plan_action a join plan_action_student s on s.action_id = a.id
                   where a.case_id = i.case_id and s.student_id = i.student_id)),
              (select count(*) from agreement where case_id = :id),
              (select count(*) from agreement where case_id = :id and (communicated_to_students_at is null
                   or communicated_to_parents_at is null or recorded_in_som_at is null)),
              (select count(*) from agreement where case_id = :id and status = 'ACTIEF' and review_on < :today),
              (select count(*) from agreement a where a.case_id = :id and a.status = 'GESCHONDEN' and exists (
                   select 1 from agreement_party p join involvement i on i.student_id = p.student_id and i.case_id = a.case_id
                   where p.agreement_id = a.id and i.role = 'PESTER')),
              (select string_agg(distinct signed_as, ',') from sign_off
                   where case_id = :id and round = :round and outcome = 'EFFECT_BEHAALD'),
              (select count(*) from sign_off where case_id = :id and round = :round and outcome = 'NIET_BEHAALD'),
              (select count(*) from measure where case_id = :id and step_seq = :seq),
              (select count(*) from measure where case_id = :id and (parents_notified_in_writing_at is null
                   or (inspectie_notification_required and inspectie_notified_at is null)
                   or (leerplicht_notification_required and leerplicht_notified_at is null)))""";

    private final EntityManager em;

    public CaseFactsRepository(EntityManager em) {
        this.em = em;
    }

    public CaseFacts of(BullyingCase c, LocalDate today, String reason) {
        Object[] r = (Object[]) em.createNativeQuery(SQL).setParameter("id", c.id).setParameter("today", today)
                .setParameter("round", c.evaluationRound).setParameter("seq", c.stepSeq).getSingleResult();
        Set<InvolvementRole> roles = c.involvements.stream().map((Involvement i) -> i.role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InvolvementRole.class)));
        return new CaseFacts(c.level, roles, n(r[0]), n(r[1]) > 0, set(r[2]), set(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                n(r[8]), set(r[9]), n(r[10]), n(r[11]), n(r[12]), reason);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static Set<String> set(Object o) {
        return o == null ? Set.of() : Set.copyOf(Arrays.asList(((String) o).split(",")));
    }
}
