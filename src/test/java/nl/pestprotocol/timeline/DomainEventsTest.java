package nl.pestprotocol.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.CaseEvents.CaseOpened;
import nl.pestprotocol.cases.CaseEvents.InvolvementAdded;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;

/** Every timeline entry is a typed domain event, published once after its transaction commits and never for a rollback. */
@QuarkusTest
class DomainEventsTest extends ApiTest {

    @Inject
    EventRecorder recorder;

    @Inject
    DataSource dataSource;

    @Test
    void everyTimelineEntryIsPublishedOnceAfterCommitAsATypedEventWithItsSequence() {
        CaseJourney journey = CaseJourney.open().reach(Step.PLAN);
        List<Map<String, Object>> timeline = as("lc1").queryParam("limit", 100).get("/api/v1/cases/" + journey.id + "/timeline")
                .then().statusCode(200).body("next", org.hamcrest.Matchers.nullValue()).extract().path("items");
        // after-commit observers of one transaction are not called in a guaranteed order; the sequence orders them
        List<CaseEvent> published = recorder.committedOf(UUID.fromString(journey.id)).stream()
                .sorted(java.util.Comparator.comparingLong(CaseEvent::sequence)).toList();

        assertEquals(timeline.size(), published.size(), () -> "timeline " + timeline + " but published " + published);
        for (int i = 0; i < timeline.size(); i++) {
            CaseEvent event = published.get(i);
            assertEquals(((Number) timeline.get(i).get("sequence")).longValue(), event.sequence());
            assertEquals(timeline.get(i).get("type"), event.type().name());
            assertEquals(event.type(), event.data().type(), "the payload is typed for its event type");
        }
        CaseEvent involvement = published.stream().filter(e -> e.data() instanceof InvolvementAdded).findFirst().orElseThrow();
        assertTrue(((InvolvementAdded) involvement.data()).studentId() != null, "events name pupils by internal id");
    }

    @Test
    void aRequestThatRollsBackPublishesNothingAndLeavesNoTimeline() throws Exception {
        String summary = EventRecorder.FAIL_MARK + UUID.randomUUID();
        as("mentor1").body(Map.of("summary", summary, "incident", CaseJourney.incident(
                List.of(Map.of("studentId", CaseJourney.newStudent("1A"), "role", "GEPESTE"))))).post("/api/v1/cases").then()
                .statusCode(500);

        CaseEvent attempted = recorder.inTransaction.stream()
                .filter(e -> e.data() instanceof CaseOpened o && o.summary().equals(summary)).findFirst().orElseThrow();
        assertEquals(List.of(), recorder.committedOf(attempted.caseId()));
        assertFalse(existsInDatabase(attempted.caseId()), "the case and its timeline were rolled back");
    }

    private boolean existsInDatabase(UUID caseId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select (select count(*) from bullying_case where id = ?) + (select count(*) from timeline_event where case_id = ?)")) {
            s.setObject(1, caseId);
            s.setObject(2, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
