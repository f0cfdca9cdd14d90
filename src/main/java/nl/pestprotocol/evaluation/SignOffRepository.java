package nl.pestprotocol.evaluation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SignOffRepository implements PanacheRepositoryBase<SignOff, UUID> {

    public boolean signed(UUID caseId, int round, UUID staffId) {
        return count("caseId = ?1 and round = ?2 and staffId = ?3", caseId, round, staffId) > 0;
    }

    public List<SignOff> ofCase(UUID caseId) {
        return list("caseId = ?1 order by round, signedAt, id", caseId);
    }
}
