package nl.pestprotocol.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.CaseRecordOrder;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    private static final CaseRecordOrder ORDER = new CaseRecordOrder("incident", "occurred_at", "logged_at", "id");

    public List<Incident> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, loggedAt, id", caseId);
    }

    /** A keyset page in the order of {@link #ofCase(UUID)}. */
    public List<Incident> page(UUID caseId, String cursor, int rows) {
        return ORDER.page(getEntityManager(), Incident.class, caseId, cursor, rows);
    }

    public Optional<Incident> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }
}
