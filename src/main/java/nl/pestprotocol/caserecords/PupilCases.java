package nl.pestprotocol.caserecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/** Helpers for {@link CaseRecords#casesNaming}: which cases a query finds per pupil. */
public final class PupilCases {

    private PupilCases() {
    }

    /**
     * Runs {@code sql}, which selects (student id, case id) rows for the pupils in {@code :students},
     * and groups the cases per pupil.
     */
    @SuppressWarnings("unchecked")
    public static Map<UUID, Set<UUID>> query(EntityManager em, String sql, Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("students", studentIds.toArray(new UUID[0]))
                .getResultList();
        Map<UUID, Set<UUID>> cases = new HashMap<>();
        for (Object[] row : rows) {
            cases.computeIfAbsent((UUID) row[0], s -> new HashSet<>()).add((UUID) row[1]);
        }
        return cases;
    }

    public static UUID[] array(Collection<UUID> ids) {
        return ids.toArray(new UUID[0]);
    }
}
