package nl.pestprotocol.evaluation;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

public record SignedOff(int round, SignAs signedAs, Outcome outcome) implements EventData {
    @Override
    public EventType type() {
        return EventType.SIGNED_OFF;
    }
}
