package nl.pestprotocol.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.InvalidRequestsOnPurpose;
import nl.pestprotocol.support.Pages;
import nl.pestprotocol.workflow.TransitionTable;

/** Spec §9: every collection is a page {items, next}, keyset-paged, never silently cut off. */
@QuarkusTest
class PagesTest extends ApiTest {

    private static final List<String> CASE_LISTS = List.of("incidents", "conversations", "actions", "agreements", "measures",
            "sign-offs", "timeline");

    private static CaseJourney full;

    /** One case with at least one record in every list: walked to VERVOLGSTAPPEN with a measure. */
    private static CaseJourney fullCase() {
        if (full == null) {
            full = CaseJourney.open().reach(Step.VERVOLGSTAPPEN);
            full.prepare(TransitionTable.find(Step.VERVOLGSTAPPEN, Step.EVALUATIE).orElseThrow(), null);
        }
        return full;
    }

    private static String caseList(String list) {
        return "/api/v1/cases/" + fullCase().id + "/" + list;
    }

    /** Walks a list page by page with {@code limit}, checking each page's size, and answers the ids in order. */
    private static List<Object> walk(String user, String path, int limit, String idProperty) {
        List<Object> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(user).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Object> items = page.getList("items." + idProperty);
            cursor = page.getString("next");
            assertTrue(items.size() <= limit, () -> path + " answered more than limit " + limit + ": " + items);
            assertTrue(cursor == null || items.size() == limit, () -> path + " has a next page after a short one");
            ids.addAll(items);
        } while (cursor != null);
        return ids;
    }

    private static String idOf(String list) {
        return list.equals("timeline") ? "sequence" : "id";
    }

    @ParameterizedTest
    @ValueSource(strings = { "incidents", "conversations", "actions", "agreements", "measures", "sign-offs", "timeline" })
    void everyListOfACaseIsAPageWithItsItemsAndNoCursorOnTheLastPage(String list) {
        as("lc1").get(caseList(list)).then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("$", hasKey("items")).body("next", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "incidents", "conversations", "actions", "agreements", "measures", "sign-offs", "timeline" })
    void pagesOfOneFollowTheCursorThroughTheWholeListWithoutRepeatingOrSkipping(String list) {
        List<Object> all = as("lc1").queryParam("limit", 100).get(caseList(list)).then().statusCode(200)
                .body("next", nullValue()).extract().jsonPath().getList("items." + idOf(list));
        List<Object> walked = walk("lc1", caseList(list), 1, idOf(list));
        assertEquals(all, walked, list + " paged one by one differs from the list in one page");
        assertEquals(walked.size(), new HashSet<>(walked).size(), list + " repeats an item");
    }

    @InvalidRequestsOnPurpose("limits outside 1..100 and not a number")
    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "-1", "ten" })
    void aLimitOutsideOneToHundredIsRefusedNamingIt(String limit) {
        for (String list : CASE_LISTS) {
            as("lc1").queryParam("limit", limit).get(caseList(list)).then().statusCode(400)
                    .body("invalidParams.name", contains("limit"));
        }
        for (String path : List.of("/api/v1/agreements/due", "/api/v1/groups", "/api/v1/staff")) {
            as("lc1").queryParam("limit", limit).get(path).then().statusCode(400).body("invalidParams.name", contains("limit"));
        }
    }

    @Test
    void aCursorThisServiceDidNotIssueIsRefused() {
        for (String list : CASE_LISTS) {
            as("lc1").queryParam("cursor", "not a cursor!").get(caseList(list)).then().statusCode(400)
                    .body("invalidParams.name", contains("cursor"));
        }
        String otherCasesCursor = as("lc1").queryParam("limit", 1).get(caseList("conversations")).then()
                .body("next", org.hamcrest.Matchers.notNullValue()).extract().path("next");
        CaseJourney other = CaseJourney.open();
        as("lc1").queryParam("cursor", otherCasesCursor).get("/api/v1/cases/" + other.id + "/conversations").then()
                .statusCode(400).body("invalidParams.name", contains("cursor"));
        String unknownRecord = Cursor.encodeKey(UUID.randomUUID().toString());
        as("lc1").queryParam("cursor", unknownRecord).get("/api/v1/cases/" + other.id + "/incidents").then().statusCode(400);
        for (String path : List.of("/api/v1/agreements/due", "/api/v1/staff", "/api/v1/groups")) {
            as("lc1").queryParam("cursor", "@@").get(path).then().statusCode(400).body("invalidParams.name", contains("cursor"));
        }
        as("lc1").queryParam("cursor", Cursor.encodeKey("1A\0")).get("/api/v1/groups").then().statusCode(400);
        as("lc1").queryParam("cursor", Cursor.encodeParts("Mentor", "Marieke")).get("/api/v1/staff").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "+1000000000-01-01T00:00:00Z", "+999999999-12-31T00:00:00Z", "-4713-01-01T00:00:00Z" })
    void aDueCursorWithADateNoReviewCanHaveIsRefusedNotAFailure(String at) {
        String forged = new Cursor(Instant.parse(at), UUID.randomUUID()).encode();
        as("mentor1").queryParam("cursor", forged).get("/api/v1/agreements/due").then().statusCode(400)
                .body("invalidParams.name", contains("cursor"));
    }

    @Test
    void incidentsThatOccurredAtTheSameMomentArePagedInTheOrderTheyWereLogged() {
        CaseJourney journey = CaseJourney.open();
        // later than the case's first incident (a day ago), so these four come after it
        String at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            logged.add(as("mentor1").body(Map.of("occurredAt", at, "reporterType", "DOCENT", "forms", List.of("VERBAAL"),
                    "description", "Zelfde moment " + i, "students", List.of(Map.of("studentId", journey.bystander, "role",
                            "AFZIJDIG")))).post("/api/v1/cases/" + journey.id + "/incidents").then().statusCode(201)
                    .extract().path("id"));
        }
        List<Object> walked = walk("mentor1", "/api/v1/cases/" + journey.id + "/incidents", 1, "id");
        assertEquals(5, walked.size(), "the first incident and four more");
        assertEquals(logged, walked.subList(1, 5));
    }

    @Test
    void recordsAddedBetweenTwoPagesAppearOnTheNextPageAndNothingRepeats() {
        CaseJourney journey = CaseJourney.open();
        String path = "/api/v1/cases/" + journey.id + "/incidents";
        journey.involve(journey.gepeste, "GEPESTE");
        as("mentor1").body(CaseJourney.incident(List.of(Map.of("studentId", journey.gepeste, "role", "GEPESTE")))).post(path)
                .then().statusCode(201);
        JsonPath first = as("mentor1").queryParam("limit", 1).get(path).then().statusCode(200).body("items", hasSize(1))
                .extract().jsonPath();
        String late = as("mentor1").body(CaseJourney.incident(List.of(Map.of("studentId", journey.gepeste, "role", "GEPESTE"))))
                .post(path).then().statusCode(201).extract().path("id");
        List<String> rest = as("mentor1").queryParam("cursor", first.getString("next")).get(path).then().statusCode(200)
                .body("next", nullValue()).extract().path("items.id");
        assertEquals(2, rest.size(), () -> "the second incident and the late one: " + rest);
        assertTrue(rest.contains(late));
        assertTrue(!rest.contains(first.getString("items[0].id")), "the first page's incident repeats");
    }

    @Test
    void dueAgreementsArePagedByReviewDateWithoutTheOldCutOffAtHundred() {
        CaseJourney journey = CaseJourney.open().reach(Step.UITVOEREN);
        List<String> made = new ArrayList<>();
        for (int daysAgo : List.of(3, 9, 5)) {
            made.add(journey.agreement(LocalDate.now().minusDays(daysAgo)));
        }
        List<Map<String, Object>> due = Pages.all("mentor1", "/api/v1/agreements/due");
        List<Object> walked = walk("mentor1", "/api/v1/agreements/due", 2, "id");
        assertEquals(due.stream().map(a -> a.get("id")).toList(), walked);
        assertEquals(walked.size(), new HashSet<>(walked).size(), "a due agreement repeats");
        List<String> reviewDates = due.stream().map(a -> (String) a.get("reviewOn")).toList();
        assertEquals(reviewDates.stream().sorted().toList(), reviewDates, "oldest review first");
        List<Object> ours = walked.stream().filter(made::contains).toList();
        assertEquals(List.of(made.get(1), made.get(2), made.get(0)), ours, "by review date: 9, 5 and 3 days ago");
    }

    @Test
    void groupsAndStaffArePagedToTheirEnd() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            // names with the characters a naive cursor would split on
            as("beheer1").body(Map.of("username", "pg-" + marker + i, "givenName", "P.|" + i, "familyName", "Page|." + marker))
                    .put("/api/v1/staff/pg-" + marker + i).then().statusCode(201);
            as("beheer1").body(Map.of("department", "onderbouw", "schoolYear", "2026-2027", "mentors", List.of()))
                    .put("/api/v1/groups/PG" + marker.substring(0, 6) + i).then().statusCode(201);
        }
        for (String[] list : List.of(new String[] { "/api/v1/staff", "externalId" }, new String[] { "/api/v1/groups", "code" })) {
            List<Object> all = Pages.all("lc1", list[0], list[1]);
            List<Object> walked = walk("lc1", list[0], 2, list[1]);
            assertEquals(all, walked, list[0] + " paged by two differs from the whole list");
            assertEquals(walked.size(), new HashSet<>(walked).size(), list[0] + " repeats an item");
        }
        List<Object> staff = Pages.all("lc1", "/api/v1/staff", "externalId");
        assertTrue(staff.containsAll(List.of("pg-" + marker + 0, "pg-" + marker + 1, "pg-" + marker + 2)));
    }

    @Test
    void aListLongerThanTheDefaultPageSaysWhereTheRestIs() {
        int missing = Page.DEFAULT_LIMIT + 1 - Pages.all("beheer1", "/api/v1/staff").size();
        for (int i = 0; i < missing; i++) {
            String id = "pd-" + UUID.randomUUID().toString().substring(0, 13);
            as("beheer1").body(Map.of("username", id, "givenName", "Default", "familyName", id)).put("/api/v1/staff/" + id).then()
                    .statusCode(201);
        }
        as("beheer1").get("/api/v1/staff").then().statusCode(200).body("items", hasSize(Page.DEFAULT_LIMIT))
                .body("next", org.hamcrest.Matchers.notNullValue());
    }
}
