package nl.pestprotocol.conversations;

import java.util.UUID;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

public record ConversationRecorded(UUID conversationId, ConversationType conversationType) implements EventData {
    @Override
    public EventType type() {
        return EventType.CONVERSATION_RECORDED;
    }
}
