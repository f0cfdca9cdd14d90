package nl.pestprotocol.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Anonymous counts over the cases feature's own tables for the school's statistics (spec §13):
 * raw numbers per month, dimension and value, never a name or an id. Suppression of small numbers
 * is the statistics feature's job. Involvements count by the department and year group they were
 * recorded with, so retention (which unlinks the pupil) leaves the figures of past years intact.
 */
@ApplicationScoped
public class CaseFigures {

    /** A count of cases (or incidents) opened (reported) in {@code month} (yyyy-MM) with this value of a dimension. */
    public record Count(String month, String dimension, String value, long count) {
    }

    /** Days from opening to closing of the cases closed in a period. */
    public record Closing(long cases, Double median, Double p90) {
    }

    /** How many cases opened in a period were reopened by herhaling at least once. */
    public record Reopened(long cases, long reopened) {
    }

    /**
     * The case's attributes as (dimension, value) rows, correlated to the case {@code c}: its current
     * step and level, its forms, and the department and year group of its GEPESTE pupils.
     */
    private static final String DIMENSIONS = """
            select 'TOTAL', 'ALLE'
            union all select 'STEP', c.step
            union all select 'LEVEL', c.level
            union all select 'FORM', f.form from case_form f where f.case_id = c.id
            union all (select distinct 'DEPARTMENT', coalesce(gi.department, 'ONBEKEND') from involvement gi
                       where gi.case_id = c.id and gi.role = 'GEPESTE')
            union all (select distinct 'YEAR_GROUP', coalesce(cast(gi.year_group as varchar), 'ONBEKEND') from involvement gi
                       where gi.case_id = c.id and gi.role = 'GEPESTE')""";

    private final EntityManager em;

    public CaseFigures(EntityManager em) {
        this.em = em;
    }

    /** Cases by the month they were opened in. */
    public List<Count> cases(Instant from, Instant to, ZoneId zone) {
        return counts("""
                select to_char(c.opened_at at time zone :zone, 'YYYY-MM'), d.dimension, d.value, count(distinct c.id)
                from bullying_case c cross join lateral (%s) d (dimension, value)
                where c.opened_at >= :from and c.opened_at < :to
                group by 1, 2, 3""".formatted(DIMENSIONS), from, to, zone);
    }

    /**
     * Incidents by the month they were reported to the school, by their own forms and by the step,
     * level, department and year group of their case.
     */
    public List<Count> incidents(Instant from, Instant to, ZoneId zone) {
        String dimensions = DIMENSIONS.replace("select 'FORM', f.form from case_form f where f.case_id = c.id",
                "select 'FORM', f.form from incident_form f where f.incident_id = i.id");
        return counts("""
                select to_char(i.reported_at at time zone :zone, 'YYYY-MM'), d.dimension, d.value, count(distinct i.id)
                from incident i join bullying_case c on c.id = i.case_id cross join lateral (%s) d (dimension, value)
                where i.reported_at >= :from and i.reported_at < :to
                group by 1, 2, 3""".formatted(dimensions), from, to, zone);
    }

    public Closing closing(Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*),
                       percentile_cont(0.5) within group (order by extract(epoch from closed_at - opened_at) / 86400),
                       percentile_cont(0.9) within group (order by extract(epoch from closed_at - opened_at) / 86400)
                from bullying_case where step = 'AFGESLOTEN' and closed_at >= :from and closed_at < :to""")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Closing(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).doubleValue(),
                r[2] == null ? null : ((Number) r[2]).doubleValue());
    }

    public Reopened reopened(Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where cycle > 1) from bullying_case
                where opened_at >= :from and opened_at < :to""")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Reopened(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String sql, Instant from, Instant to, ZoneId zone) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to)
                .setParameter("zone", zone.getId()).getResultList();
        return rows.stream().map(r -> new Count((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }
}
