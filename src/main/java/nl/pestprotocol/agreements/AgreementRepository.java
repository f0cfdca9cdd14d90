package nl.pestprotocol.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.cases.CaseRepository;
import nl.pestprotocol.cases.Viewer;
import nl.pestprotocol.common.CaseRecordOrder;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    private static final CaseRecordOrder ORDER = new CaseRecordOrder("agreement", "created_at", "id");

    private final CaseRepository cases;

    public AgreementRepository(CaseRepository cases) {
        this.cases = cases;
    }

    public List<Agreement> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    /** A keyset page in the order of {@link #ofCase(UUID)}. */
    public List<Agreement> page(UUID caseId, String cursor, int rows) {
        return ORDER.page(getEntityManager(), Agreement.class, caseId, cursor, rows);
    }

    public Optional<Agreement> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }

    /**
     * ACTIEF agreements of visible cases whose review date has passed, oldest review first, after
     * the key ({@code afterReviewOn}, {@code afterId}) when given. The review date can change, so the
     * key itself is the cursor, not the record it came from.
     */
    @SuppressWarnings("unchecked")
    public List<Agreement> due(Viewer viewer, LocalDate today, LocalDate afterReviewOn, UUID afterId, int rows) {
        Query q = getEntityManager().createNativeQuery("select a.* from agreement a join bullying_case c on c.id = a.case_id"
                + " where a.status = 'ACTIEF' and a.review_on < :today and c.step <> 'AFGESLOTEN' and "
                + cases.visibilityClause(viewer)
                + (afterId == null ? "" : " and (a.review_on, a.id) > (:afterReviewOn, :afterId)")
                + " order by a.review_on, a.id limit :rows", Agreement.class);
        cases.bind(q, viewer);
        q.setParameter("today", today);
        if (afterId != null) {
            q.setParameter("afterReviewOn", afterReviewOn);
            q.setParameter("afterId", afterId);
        }
        q.setParameter("rows", rows);
        return q.getResultList();
    }
}
