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

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    private final CaseRepository cases;

    public AgreementRepository(CaseRepository cases) {
        this.cases = cases;
    }

    public List<Agreement> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public Optional<Agreement> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }

    /** ACTIEF agreements of visible cases whose review date has passed, oldest review first. */
    @SuppressWarnings("unchecked")
    public List<Agreement> due(Viewer viewer, LocalDate today, int limit) {
        Query q = getEntityManager().createNativeQuery("select a.* from agreement a join bullying_case c on c.id = a.case_id"
                + " where a.status = 'ACTIEF' and a.review_on < :today and c.step <> 'AFGESLOTEN' and "
                + cases.visibilityClause(viewer) + " order by a.review_on, a.id limit :limit", Agreement.class);
        cases.bind(q, viewer);
        q.setParameter("today", today);
        q.setParameter("limit", limit);
        return q.getResultList();
    }
}
