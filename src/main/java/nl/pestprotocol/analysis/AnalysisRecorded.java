package nl.pestprotocol.analysis;

import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

public record AnalysisRecorded(Severity severity, boolean replaced) implements EventData {
    @Override
    public EventType type() {
        return EventType.ANALYSIS_RECORDED;
    }
}
