package nl.pestprotocol.worklist;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.pestprotocol.caserecords.CaseWork;
import nl.pestprotocol.caserecords.WorkKind;
import nl.pestprotocol.cases.CaseRepository;
import nl.pestprotocol.cases.Viewer;

/**
 * The worklist in one statement: every open case the viewer can see (the cases feature's own
 * visibility predicate), joined laterally with each feature's items for it ({@link CaseWork}). Items
 * are ordered by due date (open-ended ones last), kind, case and record, which is also the page key.
 */
@ApplicationScoped
public class WorklistRepository {

    /** A keyset position: the last item of the previous page. */
    public record Key(LocalDate due, String kind, UUID caseId, UUID recordId) {
    }

    public record Row(WorkKind kind, UUID caseId, LocalDate dueOn, UUID recordId) {
    }

    private static final String NO_DUE = "date '9999-12-31'";

    private final EntityManager em;
    private final CaseRepository cases;
    private final Instance<CaseWork> sources;

    public WorklistRepository(EntityManager em, CaseRepository cases, Instance<CaseWork> sources) {
        this.em = em;
        this.cases = cases;
        this.sources = sources;
    }

    @SuppressWarnings("unchecked")
    public List<Row> page(Viewer viewer, boolean isLc, boolean isOc, LocalDate today, Key after, int rows) {
        String items = sources.stream().map(CaseWork::sql).map(s -> "(" + s + ")").collect(Collectors.joining(" union all "));
        String sql = """
                select * from (
                    select w.kind, c.id as case_id, w.due_on, w.record_id,
                           coalesce(w.due_on, %s) as due_key, coalesce(w.record_id, c.id) as record_key
                    from bullying_case c
                    cross join lateral (%s) w (kind, due_on, record_id)
                    where c.step <> 'AFGESLOTEN' and %s) x
                %s
                order by due_key, kind, case_id, record_key
                limit :rows""".formatted(NO_DUE, items, cases.visibilityClause(viewer),
                after == null ? "" : "where (due_key, kind, case_id, record_key) > (:afterDue, :afterKind, :afterCase, :afterRecord)");
        Query q = em.createNativeQuery(sql);
        cases.bind(q, viewer);
        q.setParameter("me", viewer.staffId()).setParameter("today", today).setParameter("isLc", isLc)
                .setParameter("isOc", isOc).setParameter("rows", rows);
        if (after != null) {
            q.setParameter("afterDue", after.due() == null ? LocalDate.of(9999, 12, 31) : after.due())
                    .setParameter("afterKind", after.kind()).setParameter("afterCase", after.caseId())
                    .setParameter("afterRecord", after.recordId() == null ? after.caseId() : after.recordId());
        }
        List<Object[]> found = q.getResultList();
        return found.stream().map(r -> new Row(WorkKind.valueOf((String) r[0]), (UUID) r[1], date(r[2]), (UUID) r[3])).toList();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
