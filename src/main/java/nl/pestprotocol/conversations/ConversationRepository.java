package nl.pestprotocol.conversations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.CaseRecordOrder;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    private static final CaseRecordOrder ORDER = new CaseRecordOrder("conversation", "held_at", "id");

    public List<Conversation> ofCase(UUID caseId) {
        return list("caseId = ?1 order by heldAt, id", caseId);
    }

    /** A keyset page in the order of {@link #ofCase(UUID)}. */
    public List<Conversation> page(UUID caseId, String cursor, int rows) {
        return ORDER.page(getEntityManager(), Conversation.class, caseId, cursor, rows);
    }

    public Optional<Conversation> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }
}
