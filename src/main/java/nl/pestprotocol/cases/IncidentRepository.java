package nl.pestprotocol.cases;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    public List<Incident> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, loggedAt, id", caseId);
    }
}
