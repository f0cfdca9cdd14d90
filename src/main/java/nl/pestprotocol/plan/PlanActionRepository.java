package nl.pestprotocol.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PlanActionRepository implements PanacheRepositoryBase<PlanAction, UUID> {

    public List<PlanAction> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public Optional<PlanAction> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }
}
