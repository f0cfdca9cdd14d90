package nl.pestprotocol.retention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The retention rule and the removal of personal content, in SQL. */
@ApplicationScoped
public class RetentionRepository {

    /** Keys of timeline data that are anonymous facts; everything else in an event is removed. */
    private static final String ANONYMOUS_EVENT_KEYS = "'from','to','cause','level','step','term','track','status',"
            + "'signedAs','outcome','round','reporterType','severity','schoolDays','conversationType','measureType','replaced'";

    private final EntityManager em;

    public RetentionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Closed, not yet anonymised cases whose involved pupils have all left the school, and where
     * both the closing and the last leaving lie before {@code cutoff}.
     */
    @SuppressWarnings("unchecked")
    public List<RetentionCandidate> candidates(LocalDate cutoff, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.closed_at, max(s.left_on)
                from bullying_case c
                join involvement i on i.case_id = c.id
                join student s on s.id = i.student_id
                where c.step = 'AFGESLOTEN' and c.anonymized_at is null and c.closed_at < :cutoffInstant
                group by c.id, c.closed_at
                having bool_and(s.left_on is not null and s.left_on <= :today) and max(s.left_on) < :cutoff
                order by c.closed_at, c.id""")
                .setParameter("cutoffInstant", cutoff.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .setParameter("today", today).setParameter("cutoff", cutoff).getResultList();
        return rows.stream().map(r -> {
            Instant closedAt = r[1] instanceof Instant i ? i : ((java.sql.Timestamp) r[1]).toInstant();
            LocalDate left = r[2] instanceof LocalDate d ? d : ((Date) r[2]).toLocalDate();
            LocalDate closedOn = closedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            LocalDate latest = left.isAfter(closedOn) ? left : closedOn;
            return new RetentionCandidate(r[0].toString(), closedAt, left, latest.plusDays(1));
        }).toList();
    }

    /** Removes pupil links, staff links, names and free text; keeps step, level, forms, dates and counts. */
    public void anonymise(List<UUID> ids, Instant now) {
        UUID[] cases = ids.toArray(new UUID[0]);
        String[] statements = {
            "update bullying_case set summary = '[verwijderd]', owner_id = null, opened_by_id = null, coordinator_id = null,"
                    + " support_coordinator_id = null, close_reason = null, anonymized_at = :now, version = version + 1,"
                    + " updated_at = :now where id = any(:ids)",
            "delete from involvement where case_id = any(:ids)",
            "delete from incident_student where incident_id in (select id from incident where case_id = any(:ids))",
            "update incident set description = null, reporter_name = null, location = null, logged_by_id = null"
                    + " where case_id = any(:ids)",
            "update analysis set how = null, group_role = null, duration = null, previous_interventions = null,"
                    + " recorded_by_id = null where case_id = any(:ids)",
            "delete from plan_action_student where action_id in (select id from plan_action where case_id = any(:ids))",
            "update plan_action set description = null, assignee_id = null where case_id = any(:ids)",
            "delete from conversation_student where conversation_id in (select id from conversation where case_id = any(:ids))",
            "update conversation set notes = null, guide_answers = '{}', other_participants = '[]', conducted_by_id = null"
                    + " where case_id = any(:ids)",
            "delete from agreement_party where agreement_id in (select id from agreement where case_id = any(:ids))",
            "update agreement set description = null where case_id = any(:ids)",
            "update sign_off set staff_id = null, notes = null where case_id = any(:ids)",
            "update measure set student_id = null, reason = null, decided_by_id = null where case_id = any(:ids)",
            "update timeline_event set actor_id = null, data = (select coalesce(jsonb_object_agg(key, value), '{}'::jsonb)"
                    + " from jsonb_each(data) where key in (" + ANONYMOUS_EVENT_KEYS + ")) where case_id = any(:ids)" };
        for (String sql : statements) {
            var q = em.createNativeQuery(sql).setParameter("ids", cases);
            if (sql.contains(":now")) {
                q.setParameter("now", now);
            }
            q.executeUpdate();
        }
    }
}
