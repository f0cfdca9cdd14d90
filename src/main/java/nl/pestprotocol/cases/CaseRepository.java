package nl.pestprotocol.cases;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.PestprotocolConfig;

/**
 * Case queries with visibility applied inside the SQL itself, so lists, pages and single reads
 * can never show a case the viewer may not see.
 */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<BullyingCase, UUID> {

    private final int candidateCap;

    public CaseRepository(PestprotocolConfig config) {
        this.candidateCap = config.caseList().candidateCap();
    }

    private static final String MENTOR_VISIBLE = """
            (c.opened_by_id = :me or c.owner_id = :me or c.coordinator_id = :me or c.support_coordinator_id = :me
             or exists (select 1 from involvement vi
                        join student vs on vs.id = vi.student_id
                        join group_mentor vm on vm.group_code = vs.group_code
                        where vi.case_id = c.id and vm.staff_id = :me)""";
    private static final String DEPARTMENT_VISIBLE = """
             or exists (select 1 from involvement di
                        join student ds on ds.id = di.student_id
                        join school_group dg on dg.code = ds.group_code
                        join staff_department dd on dd.department = dg.department
                        where di.case_id = c.id and dd.staff_id = :me and dd.function = 'LC')""";

    private static String visibility(Viewer viewer) {
        if (viewer.seesAll()) {
            return "true";
        }
        return MENTOR_VISIBLE + (viewer.seesDepartments() ? DEPARTMENT_VISIBLE : "") + ")";
    }

    private static void bindViewer(Query q, Viewer viewer) {
        if (!viewer.seesAll()) {
            q.setParameter("me", viewer.staffId());
        }
    }

    public Optional<BullyingCase> findVisible(UUID id, Viewer viewer) {
        return findVisible(id, viewer, "");
    }

    /** Reads the case and locks its row, so writes to one case are serialised and versions never race. */
    public Optional<BullyingCase> findVisibleForUpdate(UUID id, Viewer viewer) {
        return findVisible(id, viewer, " for update of c");
    }

    @SuppressWarnings("unchecked")
    private Optional<BullyingCase> findVisible(UUID id, Viewer viewer, String lock) {
        Query q = getEntityManager().createNativeQuery(
                "select c.* from bullying_case c where c.id = :id and " + visibility(viewer) + lock, BullyingCase.class);
        q.setParameter("id", id);
        bindViewer(q, viewer);
        List<BullyingCase> found = q.getResultList();
        return found.stream().findFirst();
    }

    /**
     * One keyset page, newest first; the caller asks for one more row than it shows to know if there is a next page.
     * A viewer who sees every case walks the newest cases; anyone else starts from their own candidates ({@link CaseListQuery}).
     */
    @SuppressWarnings("unchecked")
    public List<BullyingCase> page(Viewer viewer, CaseFilter f, Cursor after, int rows, ZoneId zone) {
        String filters = filters(f);
        String sql = viewer.seesAll()
                ? "select c.* from bullying_case c where true" + filters
                        + (after != null ? " and (c.opened_at, c.id) < (:afterAt, :afterId)" : "")
                        + " order by c.opened_at desc, c.id desc limit :rows"
                : CaseListQuery.sql(viewer.seesDepartments(), filters, after != null);
        Query q = getEntityManager().createNativeQuery(sql, BullyingCase.class);
        bindViewer(q, viewer);
        if (!viewer.seesAll()) {
            q.setParameter("cap", candidateCap);
        }
        if (f.step() != null) {
            q.setParameter("step", f.step().name());
        }
        if (f.level() != null) {
            q.setParameter("level", f.level().name());
        }
        if (f.studentId() != null) {
            q.setParameter("studentId", f.studentId());
        }
        if (f.groupCode() != null) {
            q.setParameter("groupCode", f.groupCode());
        }
        if (f.openedFrom() != null) {
            q.setParameter("openedFrom", f.openedFrom().atStartOfDay(zone).toInstant());
        }
        if (f.openedTo() != null) {
            q.setParameter("openedBefore", f.openedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (after != null) {
            q.setParameter("afterAt", after.at());
            q.setParameter("afterId", after.id());
        }
        q.setParameter("rows", rows);
        return q.getResultList();
    }

    /** The list filters as conditions on {@code c}, each starting with " and". */
    private static String filters(CaseFilter f) {
        StringBuilder sql = new StringBuilder();
        if (f.step() != null) {
            sql.append(" and c.step = :step");
        }
        if (f.level() != null) {
            sql.append(" and c.level = :level");
        }
        if (f.studentId() != null) {
            sql.append(" and exists (select 1 from involvement fi join student fs on fs.id = fi.student_id"
                    + " where fi.case_id = c.id and fs.external_id = :studentId)");
        }
        if (f.groupCode() != null) {
            sql.append(" and exists (select 1 from involvement gi join student gs on gs.id = gi.student_id"
                    + " where gi.case_id = c.id and gs.group_code = :groupCode)");
        }
        if (f.openedFrom() != null) {
            sql.append(" and c.opened_at >= :openedFrom");
        }
        if (f.openedTo() != null) {
            sql.append(" and c.opened_at < :openedBefore");
        }
        return sql.toString();
    }

    /** Visible case ids among {@code ids}; used to filter cross-case lists such as agreements due. */
    public String visibilityClause(Viewer viewer) {
        return visibility(viewer);
    }

    public void bind(Query q, Viewer viewer) {
        bindViewer(q, viewer);
    }
}
