package nl.pestprotocol.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.CaseJourney;
import nl.pestprotocol.support.Http;
import nl.pestprotocol.support.ProblemContract;
import nl.pestprotocol.support.Tokens;

/**
 * At least 2,000 hostile requests generated from openapi/openapi.yaml. Passes when nothing answers
 * 5xx, every 4xx is problem+json without internals, and the database holds exactly the rows the
 * accepted requests created. Replay a run with -Dhostile.seed=N (and -Dhostile.requests=N).
 */
@QuarkusTest
class HostileInputTest extends ApiTest {

    private static final List<String> COUNTED = List.of("bullying_case", "incident", "conversation", "agreement",
            "plan_action", "measure", "sign_off", "student", "staff", "school_group", "school_calendar");

    @Inject
    DataSource dataSource;

    @Test
    void hostileRequestsNeverBreakTheServiceLeakInternalsOrLeaveRowsBehind() throws Exception {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        int count = Integer.getInteger("hostile.requests", 2400);
        CaseJourney journey = CaseJourney.open();
        Map<String, String> ids = Map.of("caseId", journey.id, "studentId", journey.bystander, "externalId", "1A-01",
                "code", "1A", "schoolYear", "2026-2027", "type", "GEPESTE");
        RequestGenerator generator = new RequestGenerator(Path.of("openapi", "openapi.yaml"), seed, ids);
        Map<String, Long> before = rowCounts();
        Map<String, Long> expectedGrowth = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < count; i++) {
            RequestGenerator.HostileRequest request = generator.next(i);
            try {
                Http.RawResult response = send(request);
                statuses.merge(response.status(), 1, Integer::sum);
                if (response.status() >= 500) {
                    failures.add("#" + i + " answered " + response.status() + ": " + request);
                } else if (response.status() >= 400) {
                    ProblemContract.assertProblem(response.status(), response.contentType(), response.body());
                }
                if (response.status() == 201) {
                    grows(expectedGrowth, request);
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add("#" + i + " " + e.getMessage().lines().findFirst().orElse("") + ": " + request);
            }
        }

        Map<String, Long> after = rowCounts();
        for (String table : COUNTED) {
            long growth = after.get(table) - before.get(table);
            if (growth != expectedGrowth.getOrDefault(table, 0L)) {
                failures.add("table " + table + " grew by " + growth + " but accepted requests account for "
                        + expectedGrowth.getOrDefault(table, 0L));
            }
        }
        System.out.printf("HOSTILE-INPUT requests=%d seed=%d failures=%d statuses=%s problemsChecked=%d%n", count, seed,
                failures.size(), statuses, ProblemContract.CHECKED.get());
        failures.stream().limit(25).forEach(f -> System.out.println("HOSTILE-INPUT failure " + f));
        assertTrue(count >= 2000);
        assertEquals(List.of(), failures.stream().limit(25).toList(), "replay with -Dhostile.seed=" + seed);
    }

    private static Http.RawResult send(RequestGenerator.HostileRequest r) throws Exception {
        StringBuilder url = new StringBuilder(r.path());
        String sep = "?";
        for (Map.Entry<String, String> q : r.query().entrySet()) {
            url.append(sep).append(q.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(q.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            sep = "&";
        }
        Map<String, String> headers = r.method().equals("PATCH") || r.path().endsWith("/transitions")
                ? Map.of("If-Match", "\"1\"") : Map.of();
        String token = r.user().equals("integrator") ? Tokens.integrator() : Tokens.of(r.user());
        return Http.sendRaw(r.method(), url.toString(), token, headers, r.body() == null ? null : r.contentType(),
                r.body() == null ? null : r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Which tables an accepted (201) request adds a row to. */
    private static void grows(Map<String, Long> growth, RequestGenerator.HostileRequest r) {
        String p = r.path();
        List<String> tables = new ArrayList<>();
        if (r.method().equals("POST") && p.equals("/api/v1/cases")) {
            tables.add("bullying_case");
            tables.add("incident");
        } else if (p.endsWith("/incidents")) {
            tables.add("incident");
        } else if (p.endsWith("/conversations")) {
            tables.add("conversation");
        } else if (p.endsWith("/agreements")) {
            tables.add("agreement");
        } else if (p.endsWith("/actions")) {
            tables.add("plan_action");
        } else if (p.endsWith("/measures")) {
            tables.add("measure");
        } else if (p.endsWith("/sign-offs")) {
            tables.add("sign_off");
        } else if (p.startsWith("/api/v1/students/")) {
            tables.add("student");
        } else if (p.startsWith("/api/v1/staff/")) {
            tables.add("staff");
        } else if (p.startsWith("/api/v1/groups/")) {
            tables.add("school_group");
        } else if (p.startsWith("/api/v1/calendar/")) {
            tables.add("school_calendar");
        }
        tables.forEach(t -> growth.merge(t, 1L, Long::sum));
    }

    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : COUNTED) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
