package nl.pestprotocol.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.CaseRecordOrder;

@ApplicationScoped
public class SignOffRepository implements PanacheRepositoryBase<SignOff, UUID> {

    private static final CaseRecordOrder ORDER = new CaseRecordOrder("sign_off", "round", "signed_at", "id");

    public boolean signed(UUID caseId, int round, UUID staffId) {
        return count("caseId = ?1 and round = ?2 and staffId = ?3", caseId, round, staffId) > 0;
    }

    public List<SignOff> ofCase(UUID caseId) {
        return list("caseId = ?1 order by round, signedAt, id", caseId);
    }

    /** A keyset page in the order of {@link #ofCase(UUID)}. */
    public List<SignOff> page(UUID caseId, String cursor, int rows) {
        return ORDER.page(getEntityManager(), SignOff.class, caseId, cursor, rows);
    }

    public Optional<SignOff> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }
}
