package nl.pestprotocol.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.support.Api;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Http;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.RawHttp;
import nl.pestprotocol.support.TestCalendar;
import nl.pestprotocol.support.Tokens;
import nl.pestprotocol.workflow.TransitionTable;

/**
 * At least 2,400 hostile requests generated from openapi/openapi.yaml, against real cases walked into
 * every step first (so most requests reach the domain logic, not a 404). Passes when nothing answers
 * 5xx, every 4xx is problem+json without internals, requests that must be refused are (406 for an
 * Accept without JSON, 414, 400 for control characters in headers, out-of-range dates and numbers for
 * enums), and no refused request leaves a row behind; an accepted one adds exactly its own rows.
 * Replay a run with -Dhostile.seed=N (and -Dhostile.requests=N); -Dhostile.runs=N runs N fresh seeds.
 */
@QuarkusTest
class HostileInputTest extends ApiTest {

    private static final List<String> COUNTED = List.of("bullying_case", "incident", "involvement", "analysis", "conversation",
            "agreement", "plan_action", "measure", "sign_off", "student", "staff", "school_group", "school_calendar",
            "non_school_period");

    @Inject
    DataSource dataSource;

    /** -Dhostile.runs=N runs N seeds against the same cases (-Dhostile.seed replays exactly one). */
    @Test
    void hostileRequestsNeverBreakTheServiceLeakInternalsOrLeaveRowsBehind() throws Exception {
        int count = Integer.getInteger("hostile.requests", 2400);
        Long fixedSeed = Long.getLong("hostile.seed");
        int runs = fixedSeed != null ? 1 : Integer.getInteger("hostile.runs", 1);
        List<Map<String, String>> contexts = casesInEveryStep();
        List<String> failures = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long seed = fixedSeed != null ? fixedSeed : System.nanoTime();
            failures.addAll(run(seed, count, contexts));
        }
        assertTrue(count >= 2000);
        assertEquals(List.of(), failures.stream().limit(25).toList(), "replay with -Dhostile.seed=<the seed of the failure>");
    }

    private List<String> run(long seed, int count, List<Map<String, String>> contexts) throws Exception {
        System.out.printf("HOSTILE-INPUT seed=%d (replay: -Dhostile.seed=%d)%n", seed, seed);
        RequestGenerator generator = new RequestGenerator(Path.of("openapi", "openapi.yaml"), seed, contexts);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> reachedDomain = new TreeMap<>();
        int checkedBefore = ProblemContract.CHECKED.get();
        try (Connection db = dataSource.getConnection()) {
            for (int i = 0; i < count; i++) {
                RequestGenerator.HostileRequest request = generator.next(i);
                try {
                    Map<String, Long> before = rowCounts(db);
                    Http.RawResult response = send(request);
                    Map<String, Long> after = rowCounts(db);
                    statuses.merge(response.status(), 1, Integer::sum);
                    if (response.status() != 404) {
                        reachedDomain.merge(request.kind(), 1, Integer::sum);
                    }
                    String problem = check(request, response, before, after);
                    if (problem != null) {
                        failures.add("seed " + seed + " #" + i + " " + problem + ": " + request);
                    }
                } catch (AssertionError | Exception e) {
                    failures.add("seed " + seed + " #" + i + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                            + ": " + request);
                }
            }
        }
        System.out.printf("HOSTILE-INPUT requests=%d seed=%d failures=%d statuses=%s problemsChecked=%d cases=%d%n", count, seed,
                failures.size(), statuses, ProblemContract.CHECKED.get() - checkedBefore, contexts.size());
        System.out.println("HOSTILE-INPUT answered other than 404, by kind: " + reachedDomain);
        // a few of every kind, so one frequent failure does not hide the others
        Map<String, Integer> shown = new HashMap<>();
        failures.stream().filter(f -> shown.merge(kindOf(f), 1, Integer::sum) <= 5)
                .forEach(f -> System.out.println("HOSTILE-INPUT failure " + f));
        System.out.println("HOSTILE-INPUT failures by kind: " + shown);
        return failures;
    }

    private static String kindOf(String failure) {
        int colon = failure.lastIndexOf(": " , failure.indexOf(" as "));
        return colon < 0 ? "?" : failure.substring(colon + 2, failure.indexOf(" as "));
    }

    /** What is wrong with this answer, or null. */
    private static String check(RequestGenerator.HostileRequest request, Http.RawResult response, Map<String, Long> before,
            Map<String, Long> after) {
        int status = response.status();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status >= 400) {
            ProblemContract.assertProblem(status, response.contentType(), response.body());
        } else if (response.contentType() != null && !response.contentType().startsWith("application/json")) {
            return "answered " + status + " as " + response.contentType();
        }
        if (request.expected() != 0 && status != request.expected()) {
            return "answered " + status + " instead of " + request.expected();
        }
        if (request.refuse() && status < 300) {
            return "accepted (" + status + ") what must be refused";
        }
        if (status >= 400 && !before.equals(after)) {
            return "refused with " + status + " but changed rows " + diff(before, after);
        }
        if (status == 201) {
            Map<String, Long> grown = diff(before, after);
            for (String table : grows(request)) {
                if (grown.getOrDefault(table, 0L) != 1L) {
                    return "created (201) but " + table + " changed by " + grown.getOrDefault(table, 0L);
                }
            }
        }
        return null;
    }

    private static Http.RawResult send(RequestGenerator.HostileRequest r) throws Exception {
        StringBuilder url = new StringBuilder(r.path());
        String sep = "?";
        for (Map.Entry<String, String> q : r.query().entrySet()) {
            url.append(sep).append(q.getKey()).append('=').append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        Map<String, String> headers = new HashMap<>();
        if (r.method().equals("PATCH") || r.path().endsWith("/transitions") || r.path().endsWith("/escalations")) {
            headers.put("If-Match", "\"1\"");
        }
        if (r.accept() != null) {
            headers.put("Accept", r.accept());
        }
        String token = r.user().equals("integrator") ? Tokens.integrator() : Tokens.of(r.user());
        byte[] body = r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8);
        if (r.rawHeader() != null) {
            // HTTP clients refuse to send control characters in a header: a plain socket does
            StringBuilder head = new StringBuilder(r.method() + " " + url + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token + "\r\nConnection: close\r\n" + r.rawHeader());
            headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
            if (body != null) {
                head.append("\r\nContent-Type: ").append(r.contentType()).append("\r\nContent-Length: ").append(body.length);
            }
            RawHttp.Response raw = RawHttp.send(head.toString(), body);
            return new Http.RawResult(raw.status(), raw.contentType(), raw.body());
        }
        return Http.sendRaw(r.method(), url.toString(), token, headers, body == null ? null : r.contentType(), body);
    }

    /** Which tables an accepted (201) request adds a row to. */
    private static List<String> grows(RequestGenerator.HostileRequest r) {
        String p = r.path();
        if (r.method().equals("POST") && p.equals("/api/v1/cases")) {
            return List.of("bullying_case", "incident");
        } else if (p.endsWith("/incidents")) {
            return List.of("incident");
        } else if (p.endsWith("/involvements")) {
            return List.of("involvement");
        } else if (p.endsWith("/conversations")) {
            return List.of("conversation");
        } else if (p.endsWith("/agreements")) {
            return List.of("agreement");
        } else if (p.endsWith("/actions")) {
            return List.of("plan_action");
        } else if (p.endsWith("/measures")) {
            return List.of("measure");
        } else if (p.endsWith("/sign-offs")) {
            return List.of("sign_off");
        } else if (p.endsWith("/analysis")) {
            return List.of("analysis");
        } else if (p.startsWith("/api/v1/students/")) {
            return List.of("student");
        } else if (p.startsWith("/api/v1/staff/")) {
            return List.of("staff");
        } else if (p.startsWith("/api/v1/groups/")) {
            return List.of("school_group");
        } else if (p.startsWith("/api/v1/calendar/")) {
            return List.of("school_calendar");
        }
        return List.of();
    }

    /**
     * One real case in every step of the protocol (and one raised to PM_3), with the ids of what was
     * recorded on it, so generated paths and bodies name records that exist.
     */
    private static List<Map<String, String>> casesInEveryStep() {
        List<Map<String, String>> contexts = new ArrayList<>();
        for (Step step : Step.values()) {
            CaseJourney journey = step == Step.SIGNALEREN ? CaseJourney.open() : CaseJourney.open().reach(step);
            if (step == Step.VERVOLGSTAPPEN) {
                // a measure too, so measure paths name one; the case stays in VERVOLGSTAPPEN
                journey.prepare(TransitionTable.find(Step.VERVOLGSTAPPEN, Step.EVALUATIE).orElseThrow(), null);
            }
            contexts.add(idsOf(journey));
        }
        contexts.add(idsOf(CaseJourney.open().atPm3()));
        TestCalendar.ensure();
        return contexts;
    }

    private static Map<String, String> idsOf(CaseJourney journey) {
        Map<String, String> ids = new HashMap<>();
        String base = "/api/v1/cases/" + journey.id;
        ids.put("caseId", journey.id);
        String[] students = { journey.bystander, journey.gepeste, journey.pester };
        ids.put("studentId", students[Math.floorMod(journey.id.hashCode(), students.length)]);
        ids.put("externalId", journey.bystander);
        ids.put("code", "1A");
        ids.put("schoolYear", TestCalendar.YEAR);
        ids.put("type", "GEPESTE");
        firstId(base + "/agreements").ifPresent(id -> ids.put("agreementId", id));
        firstId(base + "/actions").ifPresent(id -> ids.put("actionId", id));
        firstId(base + "/measures").ifPresent(id -> ids.put("measureId", id));
        firstId(base + "/conversations").ifPresent(id -> ids.put("conversationId", id));
        firstId(base + "/incidents").ifPresent(id -> ids.put("incidentId", id));
        return ids;
    }

    /** The first id of a list, whether it is a bare array or a page of items. */
    private static java.util.Optional<String> firstId(String path) {
        String body = Api.as("oc1").get(path).then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(body);
        List<String> ids = body.trim().startsWith("[") ? json.getList("id") : json.getList("items.id");
        return ids == null || ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(0));
    }

    private static Map<String, Long> diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new TreeMap<>();
        after.forEach((table, n) -> {
            long d = n - before.getOrDefault(table, 0L);
            if (d != 0) {
                changed.put(table, d);
            }
        });
        return changed;
    }

    private static Map<String, Long> rowCounts(Connection db) throws Exception {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < COUNTED.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(COUNTED.get(i)).append(")");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int i = 0; i < COUNTED.size(); i++) {
                counts.put(COUNTED.get(i), rs.getLong(i + 1));
            }
        }
        return counts;
    }
}
