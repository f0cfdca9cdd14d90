package nl.pestprotocol.common;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Keyset pages over the records of one case (incidents, conversations, …) in a fixed order of
 * columns that never change once the record is written, ending in its id. The cursor names the
 * last record shown; the next page is every record whose key comes after that record's key,
 * compared in SQL. Records added meanwhile are neither repeated nor skipped, and the cursor holds
 * no dates or other values a client could forge into the query.
 */
public record CaseRecordOrder(String table, List<String> columns) {

    public CaseRecordOrder(String table, String... columns) {
        this(table, List.of(columns));
    }

    /** At most {@code rows} records of the case after the one {@code cursor} names (from the first when null). */
    @SuppressWarnings("unchecked")
    public <E> List<E> page(EntityManager em, Class<E> type, UUID caseId, String cursor, int rows) {
        UUID after = cursor == null ? null : Cursor.decodeId(cursor);
        StringBuilder sql = new StringBuilder("select t.* from ").append(table).append(" t where t.case_id = :caseId");
        if (after != null) {
            requireRecordOfCase(em, caseId, after);
            sql.append(" and ").append(key("t")).append(" > (select ").append(String.join(", ", qualified("a")))
                    .append(" from ").append(table).append(" a where a.id = :after)");
        }
        sql.append(" order by ").append(String.join(", ", qualified("t"))).append(" limit :rows");
        Query q = em.createNativeQuery(sql.toString(), type).setParameter("caseId", caseId).setParameter("rows", rows);
        if (after != null) {
            q.setParameter("after", after);
        }
        return q.getResultList();
    }

    /** The cursor of a page that ends with the record {@code id}. */
    public static String cursorAfter(UUID id) {
        return Cursor.encodeKey(id.toString());
    }

    /** A cursor naming a record of another case, or none at all, was not issued for this list. */
    private void requireRecordOfCase(EntityManager em, UUID caseId, UUID id) {
        Number found = (Number) em.createNativeQuery("select count(*) from " + table + " where id = :id and case_id = :caseId")
                .setParameter("id", id).setParameter("caseId", caseId).getSingleResult();
        if (found.longValue() == 0) {
            throw ApiException.invalidParam("cursor", "is not a cursor this service issued");
        }
    }

    private String key(String alias) {
        return "(" + String.join(", ", qualified(alias)) + ")";
    }

    private List<String> qualified(String alias) {
        return columns.stream().map(c -> alias + "." + c).toList();
    }
}
