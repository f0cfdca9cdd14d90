package nl.pestprotocol.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.CaseRecordOrder;

@ApplicationScoped
public class PlanActionRepository implements PanacheRepositoryBase<PlanAction, UUID> {

    private static final CaseRecordOrder ORDER = new CaseRecordOrder("plan_action", "created_at", "id");

    public List<PlanAction> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    /** A keyset page in the order of {@link #ofCase(UUID)}. */
    public List<PlanAction> page(UUID caseId, String cursor, int rows) {
        return ORDER.page(getEntityManager(), PlanAction.class, caseId, cursor, rows);
    }

    public Optional<PlanAction> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }
}
