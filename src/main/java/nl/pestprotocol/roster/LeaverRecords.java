package nl.pestprotocol.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The records of pupils who left (spec §10 "Leavers"): once no kept case names them, their own
 * record loses name, externalId, ECK iD and group. The row itself stays (anonymous facts of old
 * cases may still have pointed to it), with a placeholder externalId {@code verwijderd-<random
 * uuid>}: unique as the column requires, and derived from nothing that could lead back to the pupil.
 */
@ApplicationScoped
public class LeaverRecords {

    static final String REMOVED = "[verwijderd]";

    private final EntityManager em;

    public LeaverRecords(EntityManager em) {
        this.em = em;
    }

    /** Pupils who left before {@code cutoff} and whose record still identifies them. */
    @SuppressWarnings("unchecked")
    public List<UUID> leftBefore(LocalDate cutoff) {
        return em.createNativeQuery("""
                select id from student where anonymized_at is null and left_on is not null and left_on < :cutoff
                order by left_on, id""").setParameter("cutoff", cutoff).getResultList();
    }

    /** Removes what identifies these pupils from their own records; answers how many. */
    public int anonymise(Collection<UUID> studentIds, Instant now) {
        if (studentIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                update student set given_name = :removed, family_name = :removed,
                  external_id = 'verwijderd-' || cast(gen_random_uuid() as text), eck_id = null, group_code = null,
                  anonymized_at = :now, updated_at = :now
                where id = any(:ids) and anonymized_at is null""")
                .setParameter("removed", REMOVED).setParameter("now", now)
                .setParameter("ids", studentIds.toArray(new UUID[0])).executeUpdate();
    }
}
