package nl.pestprotocol.evaluation;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Anonymous counts of evaluation sign-offs for the school's statistics (spec §13). */
@ApplicationScoped
public class EvaluationFigures {

    public record Outcomes(long signOffs, long effectBehaald) {
    }

    private final EntityManager em;

    public EvaluationFigures(EntityManager em) {
        this.em = em;
    }

    public Outcomes outcomes(Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where outcome = 'EFFECT_BEHAALD') from sign_off
                where signed_at >= :from and signed_at < :to""")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Outcomes(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
}
