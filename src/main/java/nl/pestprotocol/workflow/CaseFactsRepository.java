package nl.pestprotocol.workflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.agreements.AgreementStatus;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.Involvement;
import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.conversations.ConversationType;
import nl.pestprotocol.evaluation.Outcome;
import nl.pestprotocol.evaluation.SignAs;
import nl.pestprotocol.plan.ActionStatus;
import nl.pestprotocol.plan.Term;

/**
 * Reads every fact the guards need in one round trip. Analysis, conversations, actions and
 * agreements count only in the case's current {@code cycle}; the vocabulary values the query
 * compares with are bound from the enums, and what it reads is turned back into enums.
 */
@ApplicationScoped
public class CaseFactsRepository {

    private static final String SQL = """
            select
              (select count(*) from incident where case_id = :id),
              (select count(*) from analysis where case_id = :id and cycle = :cycle),
              (select string_agg(distinct type, ',') from conversation where case_id = :id and cycle = :cycle),
              (select string_agg(distinct type, ',') from conversation where case_id = :id and cycle = :cycle
                   and held_at >= :levelReachedAt),
              (select string_agg(distinct term, ',') from plan_action where case_id = :id and cycle = :cycle
                   and status <> :stopped),
              (select count(*) from involvement i where i.case_id = :id and not exists (
                   select 1 from plan_action a join plan_action_student s on s.action_id = a.id
                   where a.case_id = i.case_id and a.cycle = :cycle and a.status <> :stopped
                   and s.student_id = i.student_id)),
              (select count(*) from agreement where case_id = :id and cycle = :cycle),
              (select count(*) from agreement where case_id = :id and cycle = :cycle and (communicated_to_students_at is null
                   or communicated_to_parents_at is null or recorded_in_som_at is null)),
              (select count(*) from agreement where case_id = :id and cycle = :cycle and status = :active
                   and review_on < :today),
              (select count(*) from agreement a where a.case_id = :id and a.cycle = :cycle and a.status = :broken and exists (
                   select 1 from agreement_party p join involvement i on i.student_id = p.student_id and i.case_id = a.case_id
                   where p.agreement_id = a.id and i.role = :pester)),
              (select string_agg(distinct signed_as, ',') from sign_off
                   where case_id = :id and round = :round and outcome = :positive),
              (select count(*) from sign_off where case_id = :id and round = :round and outcome = :negative),
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
                .setParameter("cycle", c.cycle).setParameter("levelReachedAt", c.levelReachedAt)
                .setParameter("round", c.evaluationRound).setParameter("seq", c.stepSeq)
                .setParameter("stopped", ActionStatus.GESTAAKT.name()).setParameter("active", AgreementStatus.ACTIEF.name())
                .setParameter("broken", AgreementStatus.GESCHONDEN.name()).setParameter("pester", InvolvementRole.PESTER.name())
                .setParameter("positive", Outcome.EFFECT_BEHAALD.name()).setParameter("negative", Outcome.NIET_BEHAALD.name())
                .getSingleResult();
        Set<InvolvementRole> roles = c.involvements.stream().map((Involvement i) -> i.role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InvolvementRole.class)));
        return new CaseFacts(c.level, roles, n(r[0]), n(r[1]) > 0, set(r[2], ConversationType.class),
                set(r[3], ConversationType.class), set(r[4], Term.class), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]),
                set(r[10], SignAs.class), n(r[11]), n(r[12]), n(r[13]), reason);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static <E extends Enum<E>> Set<E> set(Object aggregated, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (aggregated != null) {
            Function<String, E> parse = name -> Enum.valueOf(type, name);
            Arrays.stream(((String) aggregated).split(",")).map(parse).forEach(values::add);
        }
        return values;
    }
}
