package nl.pestprotocol.roster;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * Rows by a set of keys in one statement whose text does not depend on how many keys there are: the
 * keys go as one array parameter. An HQL {@code in} list is translated anew for every list size, and
 * that translation was the largest single cost of reading a case (benchmark profile, issue 8).
 */
final class RosterArrays {

    private RosterArrays() {
    }

    /** {@code sql} selects whole rows of {@code type}'s table and names the array parameter {@code :keys}. */
    @SuppressWarnings("unchecked")
    static <T> List<T> rows(EntityManager em, Class<T> type, String sql, Object[] keys) {
        // synchronised with the entity's table only, as an HQL query is: a pending write elsewhere is not flushed first
        return em.createNativeQuery(sql, type).unwrap(NativeQuery.class).addSynchronizedEntityClass(type)
                .setParameter("keys", keys).getResultList();
    }
}
