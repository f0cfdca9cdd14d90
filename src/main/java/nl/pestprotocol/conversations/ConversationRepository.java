package nl.pestprotocol.conversations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    public List<Conversation> ofCase(UUID caseId) {
        return list("caseId = ?1 order by heldAt, id", caseId);
    }

    public Optional<Conversation> ofCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResultOptional();
    }
}
