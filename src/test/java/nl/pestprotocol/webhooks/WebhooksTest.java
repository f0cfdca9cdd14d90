package nl.pestprotocol.webhooks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.TestClock;
import nl.pestprotocol.webhooks.WebhookReceiver.Answer;
import nl.pestprotocol.webhooks.WebhookReceiver.Received;

/**
 * Spec §11 webhooks, end to end against a real receiver on loopback that verifies every signature with
 * its own HMAC code. The test profile allow-lists {@code localhost} and uses short retry delays.
 */
@QuarkusTest
class WebhooksTest extends ApiTest {

    private static final String HOOKS = "/api/v1/webhook-subscriptions";
    private final List<String> subscriptions = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        // 204 has no body: the client accepts anything (problem+json if it fails)
        subscriptions.forEach(id -> io.restassured.RestAssured.given().auth().oauth2(nl.pestprotocol.support.Tokens.of("beheer1"))
                .accept("*/*").delete(HOOKS + "/" + id).then().statusCode(204));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void everyEventArrivesOnceSignedAndInCaseOrderAfterTheReceiverWasDown() {
        WebhookReceiver receiver = receiver();
        Map<String, Object> created = subscribe(receiver, List.of());
        receiver.trust((String) created.get("secret"));
        AtomicInteger answered = new AtomicInteger();
        // down (connection refused) for the first events, then 503 twice, then up
        receiver.answering(r -> answered.incrementAndGet() <= 2 ? new Answer(503, Map.of()) : Answer.of(200));

        // down until the first event has been refused twice (not a fixed time: the retries must not run out first)
        CaseJourney first = CaseJourney.open();
        String subscriptionId = (String) created.get("id");
        await(() -> deliveries(subscriptionId).stream().anyMatch(d -> (Integer) d.get("attempts") >= 2), Duration.ofSeconds(30),
                () -> "no second attempt: " + deliveries(subscriptionId));
        receiver.start();
        first.reach(Step.PLAN);
        CaseJourney second = CaseJourney.open().reach(Step.ANALYSEREN);
        for (CaseJourney journey : List.of(first, second)) {
            List<Long> timeline = timelineSequences(journey.id);
            await(() -> successSequences(receiver, journey.id).size() >= timeline.size(), Duration.ofSeconds(40),
                    () -> "delivered " + successSequences(receiver, journey.id) + " of " + timeline);
            assertEquals(timeline, successSequences(receiver, journey.id),
                    "every event of the case arrived, in the case's order, each once");
        }
        Map<String, Long> successesPerId = receiver.successes().stream()
                .collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
        assertTrue(successesPerId.values().stream().allMatch(n -> n == 1), () -> "a webhook-id succeeded twice: " + successesPerId);
        assertTrue(receiver.received.stream().allMatch(r -> !r.verifiedWith().isEmpty()), "every request was signed with the secret");
        assertTrue(receiver.received.stream().anyMatch(r -> r.answered() == 503), "the receiver refused some attempts");

        Received opened = receiver.successes().stream().filter(r -> r.event().get("subject").equals(first.id)
                && r.event().get("type").equals("nl.pestprotocol.case.opened")).findFirst().orElseThrow();
        assertEquals("1.0", opened.event().get("specversion"));
        assertEquals("/api/v1/cases", opened.event().get("source"));
        assertEquals(Map.of("caseId", first.id, "sequence", opened.data().get("sequence"), "level", "PM_1", "step", "SIGNALEREN"),
                opened.data(), "data is thin: ids, step and level, not the summary");
        assertTrue(receiver.received.stream().noneMatch(r -> r.body().contains("Journey ")), "no free text leaves the service");
        // the delivery log shows the attempts of the first delivery of the first case
        List<Map<String, Object>> log = deliveries((String) created.get("id"));
        Map<String, Object> openedLog = log.stream().filter(d -> d.get("webhookId").equals(opened.webhookId())).findFirst()
                .orElseThrow();
        assertEquals("DELIVERED", openedLog.get("status"));
        assertTrue((Integer) openedLog.get("attempts") >= 2, () -> "attempts while the receiver was down: " + openedLog);
        assertEquals(200, openedLog.get("lastStatusCode"));
    }

    @Test
    void aDeliveryThatIsGivenUpNoLongerHoldsBackTheLaterEventsOfItsCase() {
        WebhookReceiver receiver = receiver().start();
        Map<String, Object> created = subscribe(receiver, List.of("CASE_OPENED", "STEP_CHANGED"));
        receiver.trust((String) created.get("secret"));
        receiver.answering(r -> r.event().get("type").equals("nl.pestprotocol.case.opened") ? Answer.of(500) : Answer.of(200));

        CaseJourney journey = CaseJourney.open().reach(Step.ANALYSEREN);
        await(() -> receiver.successes().stream().anyMatch(r -> r.event().get("subject").equals(journey.id)), Duration.ofSeconds(40),
                () -> "the step change never arrived: " + receiver.received);
        List<Received> ofCase = receiver.received.stream().filter(r -> r.event().get("subject").equals(journey.id)).toList();
        long openedAttempts = ofCase.stream().filter(r -> r.answered() == 500).count();
        assertEquals(8, openedAttempts, "at once and then the 7 retries of the schedule");
        Received stepChanged = ofCase.get(ofCase.size() - 1);
        assertEquals("nl.pestprotocol.case.step-changed", stepChanged.event().get("type"));
        assertTrue(ofCase.subList(0, ofCase.size() - 1).stream().allMatch(r -> r.answered() == 500),
                "the later event waited until the earlier one was given up");
        Map<String, Object> given = deliveries((String) created.get("id")).stream()
                .filter(d -> d.get("caseId").equals(journey.id) && d.get("eventType").equals("CASE_OPENED")).findFirst().orElseThrow();
        assertEquals("FAILED", given.get("status"));
        assertEquals(8, given.get("attempts"));
    }

    @Test
    void aReceiverAnswering410DisablesTheSubscription() {
        WebhookReceiver receiver = receiver().start();
        Map<String, Object> created = subscribe(receiver, List.of("CASE_OPENED"));
        receiver.trust((String) created.get("secret")).answering(r -> Answer.of(410));
        String id = (String) created.get("id");

        CaseJourney.open();
        await(() -> !(Boolean) subscription(id).get("enabled"), Duration.ofSeconds(20), () -> "still enabled");
        as("beheer1").get(HOOKS + "/" + id).then().statusCode(200).body("disabledReason", equalTo("GONE"));
        assertEquals(1, receiver.received.size(), "410 is not retried");
        CaseJourney.open();
        sleep(Duration.ofSeconds(2));
        assertEquals(1, receiver.received.size(), "a disabled subscription gets nothing");
        assertEquals(1, deliveries(id).size(), "nor are events written to its outbox");

        as("beheer1").body(Map.of("enabled", true)).patch(HOOKS + "/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabledReason", nullValue());
    }

    @Test
    void aRetryAfterOf429IsHonouredBeforeTheNextAttempt() {
        WebhookReceiver receiver = receiver().start();
        Map<String, Object> created = subscribe(receiver, List.of("CASE_OPENED"));
        AtomicInteger calls = new AtomicInteger();
        receiver.trust((String) created.get("secret"))
                .answering(r -> calls.incrementAndGet() == 1 ? new Answer(429, Map.of("Retry-After", "3")) : Answer.of(200));

        CaseJourney.open();
        await(() -> receiver.successes().size() == 1, Duration.ofSeconds(20), () -> "not delivered: " + receiver.received);
        long waited = receiver.received.get(1).receivedAtMillis() - receiver.received.get(0).receivedAtMillis();
        assertTrue(waited >= 2900, "the retry waited for Retry-After (3 s) rather than the schedule's first delay; waited " + waited);
        assertEquals(receiver.received.get(0).webhookId(), receiver.received.get(1).webhookId(), "a retry keeps its webhook-id");
    }

    @Test
    void aSubscriptionFailingForFiveDaysIsDisabled() {
        WebhookReceiver receiver = receiver(); // never up: every attempt is refused
        String id = (String) subscribe(receiver, List.of("CASE_OPENED")).get("id");
        CaseJourney.open();
        await(() -> deliveries(id).stream().anyMatch(d -> (Integer) d.get("attempts") >= 1), Duration.ofSeconds(20), () -> "no attempt");
        assertEquals(true, subscription(id).get("enabled"), "one failure does not disable");

        TestClock.shift(Duration.ofDays(5).plusMinutes(1));
        await(() -> !(Boolean) subscription(id).get("enabled"), Duration.ofSeconds(20), () -> "still enabled after 5 days failing");
        assertEquals("FAILING", subscription(id).get("disabledReason"));
    }

    @Test
    void privateLoopbackAndLinkLocalReceiversAreRefusedUnlessAllowListed() {
        for (String url : List.of("https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://192.168.1.10/hook", "https://[fd00::1]/hook")) {
            as("beheer1").body(Map.of("url", url, "eventTypes", List.of("CASE_OPENED"))).post(HOOKS).then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("webhook-url-not-public"));
        }
        as("beheer1").body(Map.of("url", "http://example.com/hook", "eventTypes", List.of("CASE_OPENED"))).post(HOOKS).then()
                .statusCode(422).body("code", equalTo("webhook-url-not-https"));
        as("beheer1").filter(nl.pestprotocol.support.ContractValidation.INVALID_REQUEST_ON_PURPOSE)
                .body(Map.of("url", "https://example.com/hook", "eventTypes", List.of("NO_SUCH_EVENT"))).post(HOOKS).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("eventTypes[0]"));
        String id = (String) subscribe(receiver(), List.of("CASE_OPENED")).get("id");
        as("beheer1").body(Map.of("url", "https://127.0.0.1:8443/hook")).patch(HOOKS + "/" + id).then().statusCode(422)
                .body("code", equalTo("webhook-url-not-public"));
    }

    @Test
    void duringTheDayAfterARotationBothSecretsSignThenOnlyTheNewOne() {
        WebhookReceiver receiver = receiver().start();
        Map<String, Object> created = subscribe(receiver, List.of("CASE_OPENED"));
        String id = (String) created.get("id");
        String oldSecret = (String) created.get("secret");
        receiver.trust(oldSecret);

        Map<String, Object> rotated = as("beheer1").post(HOOKS + "/" + id + "/secret-rotations").then().statusCode(200)
                .body("secret", startsWith("whsec_")).body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue())
                .extract().as(Map.class);
        String newSecret = (String) rotated.get("secret");
        assertFalse(newSecret.equals(oldSecret));
        receiver.trust(newSecret);
        as("beheer1").get(HOOKS + "/" + id).then().statusCode(200).body("secret", nullValue());

        CaseJourney.open();
        await(() -> receiver.received.size() == 1, Duration.ofSeconds(20), () -> "not delivered");
        assertEquals(Set.of(oldSecret, newSecret), Set.copyOf(receiver.received.get(0).verifiedWith()),
                "within 24 h both the old and the new secret sign");

        TestClock.shift(Duration.ofHours(24).plusMinutes(1));
        CaseJourney.open();
        await(() -> receiver.received.size() == 2, Duration.ofSeconds(20), () -> "not delivered");
        assertEquals(List.of(newSecret), receiver.received.get(1).verifiedWith(), "after 24 h only the new secret signs");
        as("beheer1").get(HOOKS + "/" + id).then().statusCode(200).body("previousSecretValidUntil", nullValue());
    }

    @Test
    void aReplaySendsTheSameWebhookIdAndBodySignedWithTheCurrentSecret() {
        WebhookReceiver receiver = receiver().start();
        Map<String, Object> created = subscribe(receiver, List.of("CASE_OPENED"));
        String id = (String) created.get("id");
        receiver.trust((String) created.get("secret"));
        CaseJourney.open();
        await(() -> receiver.successes().size() == 1, Duration.ofSeconds(20), () -> "not delivered");
        Received original = receiver.received.get(0);

        String current = (String) as("beheer1").post(HOOKS + "/" + id + "/secret-rotations").then().statusCode(200).extract()
                .path("secret");
        receiver.distrust((String) created.get("secret"));
        receiver.trust(current);
        TestClock.shift(Duration.ofHours(25));
        String deliveryId = (String) deliveries(id).get(0).get("id");
        as("beheer1").post(HOOKS + "/" + id + "/deliveries/" + deliveryId + "/replays").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("webhookId", equalTo(original.webhookId()));
        await(() -> receiver.successes().size() == 2, Duration.ofSeconds(20), () -> "not replayed: " + receiver.received);
        Received replay = receiver.received.get(1);
        assertEquals(original.webhookId(), replay.webhookId());
        assertEquals(original.body(), replay.body());
        assertEquals(List.of(current), replay.verifiedWith(), "signed with the current secret");
        assertTrue(replay.timestamp() > original.timestamp(), "with the time of the replay");
        as("beheer1").get(HOOKS + "/" + id + "/deliveries/" + deliveryId).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("attempts", equalTo(2));
    }

    @Test
    void onlyTheBeheerderManagesSubscriptionsAndTheSecretIsShownOnlyOnCreation() {
        as("mentor1").get(HOOKS).then().statusCode(403);
        as("oc1").body(Map.of("url", "https://example.com/hook", "eventTypes", List.of("CASE_OPENED"))).post(HOOKS).then()
                .statusCode(403);
        Map<String, Object> created = subscribe(receiver(), List.of("CASE_OPENED", "STEP_CHANGED"));
        String id = (String) created.get("id");
        assertTrue(((String) created.get("secret")).startsWith("whsec_"));
        as("beheer1").get(HOOKS + "/" + id).then().statusCode(200).body("secret", nullValue())
                .body("eventTypes", org.hamcrest.Matchers.containsInAnyOrder("CASE_OPENED", "STEP_CHANGED"));
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = (cursor == null ? as("beheer1").queryParam("limit", 1) : as("beheer1").queryParam("limit", 1)
                    .queryParam("cursor", cursor)).get(HOOKS).then().statusCode(200).extract();
            all.addAll(page.path("items"));
            cursor = page.path("next");
        } while (cursor != null);
        assertTrue(all.stream().anyMatch(s -> s.get("id").equals(id)), "paged through every subscription");
        assertTrue(all.stream().noneMatch(s -> s.containsKey("secret")));
        as("beheer1").get(HOOKS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    // ---- helpers ----

    private WebhookReceiver receiver() {
        WebhookReceiver r = new WebhookReceiver();
        receivers.add(r);
        return r;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> subscribe(WebhookReceiver receiver, List<String> eventTypes) {
        List<String> types = eventTypes.isEmpty() ? java.util.Arrays.stream(nl.pestprotocol.timeline.EventType.values())
                .map(Enum::name).toList() : eventTypes;
        Map<String, Object> created = as("beheer1").body(Map.of("url", receiver.url(), "eventTypes", types)).post(HOOKS).then()
                .statusCode(201).header("Location", containsString(HOOKS + "/")).body("secret", startsWith("whsec_"))
                .body("enabled", equalTo(true)).extract().as(Map.class);
        subscriptions.add((String) created.get("id"));
        return created;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> subscription(String id) {
        return as("beheer1").get(HOOKS + "/" + id).then().statusCode(200).extract().as(Map.class);
    }

    private List<Map<String, Object>> deliveries(String id) {
        return as("beheer1").queryParam("limit", 100).get(HOOKS + "/" + id + "/deliveries").then().statusCode(200).extract()
                .path("items");
    }

    private List<Long> timelineSequences(String caseId) {
        List<Map<String, Object>> items = as("lc1").queryParam("limit", 100).get("/api/v1/cases/" + caseId + "/timeline").then()
                .statusCode(200).extract().path("items");
        return items.stream().map(i -> ((Number) i.get("sequence")).longValue()).toList();
    }

    /** The CloudEvent ids (timeline sequences) of the case as they arrived successfully, in arrival order. */
    private static List<Long> successSequences(WebhookReceiver receiver, String caseId) {
        return receiver.successes().stream().filter(r -> caseId.equals(r.event().get("subject")))
                .map(r -> Long.parseLong((String) r.event().get("id"))).toList();
    }

    static void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> why) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out: " + why.get());
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
