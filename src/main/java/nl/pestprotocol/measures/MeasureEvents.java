package nl.pestprotocol.measures;

import java.time.LocalDate;
import java.util.UUID;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

public final class MeasureEvents {

    private MeasureEvents() {
    }

    /** {@code studentId}: the pupil's internal id; the measure is about that pupil only. */
    public record MeasureRecorded(UUID measureId, MeasureType measureType, UUID studentId, Integer schoolDays, LocalDate startOn,
            LocalDate endOn) implements EventData {
        @Override
        public EventType type() {
            return EventType.MEASURE_RECORDED;
        }

        @Override
        public UUID aboutStudent() {
            return studentId;
        }
    }

    public record MeasureUpdated(UUID measureId) implements EventData {
        @Override
        public EventType type() {
            return EventType.MEASURE_UPDATED;
        }
    }
}
