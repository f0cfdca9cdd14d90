package nl.pestprotocol.agreements;

import java.time.LocalDate;
import java.util.UUID;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

public final class AgreementEvents {

    private AgreementEvents() {
    }

    public record AgreementMade(UUID agreementId, LocalDate reviewOn) implements EventData {
        @Override
        public EventType type() {
            return EventType.AGREEMENT_MADE;
        }
    }

    public record AgreementChanged(UUID agreementId, AgreementStatus status) implements EventData {
        @Override
        public EventType type() {
            return EventType.AGREEMENT_CHANGED;
        }
    }
}
