package nl.pestprotocol.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.pestprotocol.cases.CaseEvents.CaseOpened;
import nl.pestprotocol.cases.CaseEvents.CaseUpdated;
import nl.pestprotocol.cases.CaseEvents.LevelRaised;
import nl.pestprotocol.cases.CaseEvents.StepChanged;
import nl.pestprotocol.cases.EscalationCause;
import nl.pestprotocol.cases.Form;
import nl.pestprotocol.cases.Level;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.measures.MeasureEvents.MeasureRecorded;
import nl.pestprotocol.measures.MeasureType;
import nl.pestprotocol.timeline.CaseEvent;
import nl.pestprotocol.timeline.EventData;
import nl.pestprotocol.timeline.EventType;

/** Spec §11: data is thin (ids, step, level, kind of record), never a name or free text. */
class CloudEventBodyTest {

    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private static CaseEvent event(EventData data) {
        return new CaseEvent(42, CASE, data.type(), UUID.randomUUID(), Instant.parse("2026-11-02T10:00:00Z"), data);
    }

    @Test
    void freeTextNamesAndStaffAreLeftOutOfTheData() {
        assertEquals(Map.of("caseId", CASE, "sequence", 42L, "level", Level.PM_1, "step", Step.SIGNALEREN),
                CloudEventBody.thinData(event(new CaseOpened("Sanne wordt gepest", Level.PM_1, Step.SIGNALEREN))));
        assertEquals(Map.of("caseId", CASE, "sequence", 42L, "from", Step.ANALYSEREN, "to", Step.PLAN),
                CloudEventBody.thinData(event(StepChanged.requested(Step.ANALYSEREN, Step.PLAN, "Daan gaf toe"))));
        assertEquals(Map.of("caseId", CASE, "sequence", 42L, "from", Level.PM_1, "to", Level.PM_2, "cause", EscalationCause.values()[0]),
                CloudEventBody.thinData(event(new LevelRaised(Level.PM_1, Level.PM_2, EscalationCause.values()[0], "Ernstig", "mw-lc1",
                        null, "notitie"))));
        assertEquals(Map.of("caseId", CASE, "sequence", 42L, "forms", List.of(Form.VERBAAL)),
                CloudEventBody.thinData(event(new CaseUpdated("Nieuwe samenvatting", List.of(Form.VERBAAL), "mw-mentor2", null, null))));
    }

    @Test
    void idsOfRecordsAndPupilsAndVocabularyValuesStay() {
        UUID measure = UUID.randomUUID();
        UUID pupil = UUID.randomUUID();
        Map<String, Object> data = CloudEventBody.thinData(event(new MeasureRecorded(measure, MeasureType.values()[0], pupil, 2,
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4))));
        assertEquals(Map.of("caseId", CASE, "sequence", 42L, "measureId", measure, "measureType", MeasureType.values()[0],
                "studentId", pupil, "schoolDays", 2), data);
    }

    @Test
    void typesAreReverseDnsWithTheEventInKebabCase() {
        assertEquals("nl.pestprotocol.case.step-changed", CloudEventBody.type(EventType.STEP_CHANGED));
        assertEquals("nl.pestprotocol.case.opened", CloudEventBody.type(EventType.CASE_OPENED));
        assertEquals("nl.pestprotocol.case.incident-logged", CloudEventBody.type(EventType.INCIDENT_LOGGED));
        CloudEventBody.Event e = CloudEventBody.of(event(new CaseOpened("x", Level.PM_1, Step.SIGNALEREN)), "/api/v1/cases");
        assertEquals("1.0", e.specversion());
        assertEquals("42", e.id());
        assertEquals(CASE.toString(), e.subject());
    }
}
