package nl.pestprotocol.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.Api;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.LocalStack;
import nl.pestprotocol.webhooks.WebhookReceiver;
import nl.pestprotocol.webhooks.WebhookReceiver.Answer;
import nl.pestprotocol.webhooks.WebhookReceiver.Received;

/**
 * Spec §11 and §12 with real replicas: two processes of the packaged service
 * ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) against one PostgreSQL. Cases
 * are opened through both; both dispatchers poll the same outbox; the receiver gets every event once,
 * in each case's order, and both instances delivered some. Both schedule the outbox cleanup every
 * second and retention every two seconds: every fire time runs on exactly one of them, as their logs
 * and the database show. Runs in failsafe (after package), see the pom's {@code replicas} profile.
 */
class TwoInstancesIT {

    private static final Pattern JOB_LINE = Pattern.compile("Scheduled job (\\S+) for (\\S+) (runs|skipped) on (\\S+)");
    private static LocalStack stack;
    private static final List<Instance> instances = new ArrayList<>();

    record Instance(String name, int port, Process process, Path log) {
    }

    @BeforeAll
    static void startTwoInstances() throws Exception {
        stack = LocalStack.shared();
        // one after the other: the first migrates the schema and seeds the demo roster
        instances.add(start("a"));
        instances.add(start("b"));
    }

    @AfterAll
    static void stopThem() {
        instances.forEach(i -> i.process().destroy());
        RestAssured.port = RestAssured.DEFAULT_PORT;
    }

    @Test
    void twoInstancesDeliverEveryEventOnceInCaseOrderAndRunEachScheduledJobOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            AtomicInteger calls = new AtomicInteger();
            // a few refusals, so retries are claimed by whichever instance polls first
            receiver.answering(r -> calls.incrementAndGet() % 4 == 0 ? Answer.of(503) : Answer.of(200)).start();
            RestAssured.port = instances.get(0).port();
            List<String> all = java.util.Arrays.stream(nl.pestprotocol.timeline.EventType.values()).map(Enum::name).toList();
            Map<String, Object> created = Api.as("beheer1").body(Map.of("url", receiver.url(), "eventTypes", all))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().as(Map.class);
            receiver.trust((String) created.get("secret"));

            List<String> cases = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Instance instance : instances) {
                    RestAssured.port = instance.port();
                    cases.add(CaseJourney.open().reach(Step.ANALYSEREN).id);
                }
            }
            Map<String, List<Long>> timelines = new HashMap<>();
            for (String id : cases) {
                List<Map<String, Object>> items = Api.as("lc1").queryParam("limit", 100).get("/api/v1/cases/" + id + "/timeline").then()
                        .statusCode(200).extract().path("items");
                timelines.put(id, items.stream().map(i -> ((Number) i.get("sequence")).longValue()).toList());
            }
            int expected = timelines.values().stream().mapToInt(List::size).sum();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (receiver.successes().size() < expected && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            Thread.sleep(2000); // anything sent twice would arrive now
            Map<String, Long> perId = receiver.successes().stream()
                    .collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
            assertEquals(expected, perId.size(), "every event arrived");
            assertTrue(perId.values().stream().allMatch(n -> n == 1), () -> "delivered twice: " + perId);
            for (String id : cases) {
                List<Long> arrived = receiver.successes().stream().filter(r -> id.equals(r.event().get("subject")))
                        .map(r -> Long.parseLong((String) r.event().get("id"))).toList();
                assertEquals(timelines.get(id), arrived, "in the case's order");
            }
            assertEquals(2, deliverers((String) created.get("id")).size(), "both instances delivered");
        }

        Thread.sleep(6000); // a few seconds of fire times for both jobs on both instances
        Map<String, Integer> runsPerSlot = new HashMap<>();
        Set<String> skippedBy = new HashSet<>();
        for (Instance instance : instances) {
            for (String line : Files.readAllLines(instance.log())) {
                Matcher m = JOB_LINE.matcher(line);
                if (m.find()) {
                    String slot = m.group(1) + "@" + m.group(2);
                    if (m.group(3).equals("runs")) {
                        runsPerSlot.merge(slot, 1, Integer::sum);
                    } else {
                        skippedBy.add(instance.name());
                    }
                }
            }
        }
        assertTrue(runsPerSlot.keySet().stream().anyMatch(s -> s.startsWith("webhook-outbox-cleanup@")), "the cleanup ran");
        assertTrue(runsPerSlot.keySet().stream().anyMatch(s -> s.startsWith("retention@")), "retention ran");
        assertTrue(runsPerSlot.values().stream().allMatch(n -> n == 1), () -> "a fire time ran twice: " + runsPerSlot);
        assertEquals(Set.of("a", "b"), skippedBy, "both instances tried, and each skipped what the other ran");
        assertEquals(runsPerSlot.size(), jobRuns(), "one row per run in scheduled_job_run");
    }

    private static Set<String> deliverers(String subscriptionId) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "postgres");
                PreparedStatement s = c.prepareStatement("select distinct last_attempt_by from webhook_delivery where subscription_id = ?"
                        + " and status = 'DELIVERED'")) {
            s.setObject(1, java.util.UUID.fromString(subscriptionId));
            Set<String> names = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private static int jobRuns() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "postgres");
                PreparedStatement s = c.prepareStatement("select count(*) from scheduled_job_run"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Instance start(String name) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package builds " + jar + " before failsafe runs");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Path.of("target", "two-instances-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Map<String, String> config = new HashMap<>(stack.serviceConfig());
        config.put("quarkus.http.port", Integer.toString(port));
        config.put("pestprotocol.demo-data.enabled", "true");
        config.put("pestprotocol.webhooks.allowed-hosts", "localhost");
        config.put("pestprotocol.webhooks.poll-interval", "0.3s");
        config.put("pestprotocol.webhooks.retry-delays", "PT0.2S,PT0.5S,PT1S,PT1S,PT2S,PT2S,PT2S");
        config.put("pestprotocol.webhooks.cleanup-cron", "* * * * * ?");
        config.put("pestprotocol.retention.cron", "*/2 * * * * ?");
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new Instance(name, port, process, log);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("instance " + name + " did not become ready; see " + log);
    }
}
