package nl.pestprotocol.roster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import nl.pestprotocol.support.ContractValidation;
import nl.pestprotocol.support.SqlStatements;
import nl.pestprotocol.support.Tokens;

/**
 * Bulk roster requests for the tests: sent with a plain HTTP client so the time is the service's
 * (REST Assured would add the contract check of a 5 MB body), counted in SQL statements, and then
 * checked against the contract like every answer of the suite. Also reads the roster from the
 * database, to compare and to keep what other tests rely on.
 */
final class RosterCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The service's port, kept for an @AfterAll (where REST Assured has let go of it already). */
    private static int port;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer, how long it took and how many SQL statements the service ran for it. */
    record Answer(int status, String body, long millis, long statements) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        String figures() {
            return millis + " ms, " + statements + " SQL statements";
        }
    }

    private RosterCalls() {
    }

    static Answer sync(Object body, boolean dryRun) {
        try {
            return send("/api/v1/roster/sync" + (dryRun ? "?dryRun=true" : ""), "application/json", JSON.writeValueAsBytes(body),
                    Tokens.integrator());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Answer oneRoster(byte[] zip, boolean dryRun) {
        return send("/api/v1/roster/oneroster" + (dryRun ? "?dryRun=true" : ""), "application/zip", zip, Tokens.integrator());
    }

    static Answer send(String pathAndQuery, String contentType, byte[] body, String token) {
        return send(pathAndQuery, contentType, body, token, contentType.equals("application/json"));
    }

    /** {@code validateRequest} false: the request is outside the contract on purpose (the answer is still checked). */
    static Answer send(String pathAndQuery, String contentType, byte[] body, String token, boolean validateRequest) {
        SqlStatements.reset();
        if (RestAssured.port > 0) {
            port = RestAssured.port;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofMinutes(3)).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long statements = SqlStatements.count();
        Map<String, List<String>> headers = r.headers().map();
        boolean json = contentType.equals("application/json");
        ContractValidation.check(ContractValidation.request("POST", pathAndQuery, Map.of("Authorization", "Bearer " + token,
                "Content-Type", contentType, "Accept", "application/json"), json ? new String(body, StandardCharsets.UTF_8) : null),
                ContractValidation.response(r.statusCode(), headers, r.body()), validateRequest && json);
        return new Answer(r.statusCode(), r.body(), millis, statements);
    }

    static long count(String sql) {
        try (Connection c = SqlStatements.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint of the whole roster: any change to any row of it changes this. */
    static String fingerprint() {
        try (Connection c = SqlStatements.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select md5(coalesce((select string_agg(x::text, '|' order by x::text) from student x), '')
                  || coalesce((select string_agg(x::text, '|' order by x::text) from staff x), '')
                  || coalesce((select string_agg(x::text, '|' order by x::text) from staff_department x), '')
                  || coalesce((select string_agg(x::text, '|' order by x::text) from school_group x), '')
                  || coalesce((select string_agg(x::text, '|' order by x::text) from group_mentor x), ''))""")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The roster as it is now, as sync items (students, groups, staff): a FULL sync in a test sends it
     * along, so the demo roster and other tests' people stay as they are, and a test can put it back.
     */
    static Map<String, List<Map<String, Object>>> current() {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        try (Connection c = SqlStatements.connect(); Statement s = c.createStatement()) {
            List<Map<String, Object>> staff = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select s.external_id, s.username, s.given_name, s.family_name, s.active, s.left_on,
                      array(select department from staff_department d where d.staff_id = s.id and function = 'LC' order by 1),
                      array(select department from staff_department d where d.staff_id = s.id and function = 'OC' order by 1)
                    from staff s""")) {
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("externalId", rs.getString(1));
                    m.put("username", rs.getString(2));
                    m.put("givenName", rs.getString(3));
                    m.put("familyName", rs.getString(4));
                    m.put("active", rs.getBoolean(5));
                    m.put("leftOn", rs.getString(6));
                    m.put("departments", List.of((Object[]) rs.getArray(7).getArray()));
                    m.put("supportDepartments", List.of((Object[]) rs.getArray(8).getArray()));
                    staff.add(m);
                }
            }
            List<Map<String, Object>> groups = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select g.code, g.department, g.school_year,
                      array(select st.external_id from group_mentor m join staff st on st.id = m.staff_id where m.group_code = g.code)
                    from school_group g""")) {
                while (rs.next()) {
                    groups.add(new LinkedHashMap<>(Map.of("code", rs.getString(1), "department", rs.getString(2), "schoolYear",
                            rs.getString(3), "mentors", List.of((Object[]) rs.getArray(4).getArray()))));
                }
            }
            List<Map<String, Object>> students = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select external_id, eck_id, given_name, family_name, group_code, active, left_on
                    from student where anonymized_at is null""")) {
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("externalId", rs.getString(1));
                    m.put("eckId", rs.getString(2));
                    m.put("givenName", rs.getString(3));
                    m.put("familyName", rs.getString(4));
                    m.put("groupCode", rs.getString(5));
                    m.put("active", rs.getBoolean(6));
                    m.put("leftOn", rs.getString(7));
                    students.add(m);
                }
            }
            // absent rather than null: the contract has no nullable properties
            staff.forEach(m -> m.values().removeIf(java.util.Objects::isNull));
            students.forEach(m -> m.values().removeIf(java.util.Objects::isNull));
            out.put("staff", staff);
            out.put("groups", groups);
            out.put("students", students);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Leaves out of {@code roster} what the sync refuses (rows other test classes made through the single
     * PUTs, e.g. the hostile suite's odd codes), asking the sync itself in dry runs. Answers the external
     * ids left out per kind: a FULL sync may mark those as left.
     */
    static Map<String, java.util.Set<Object>> keepWhatTheSyncAccepts(Map<String, List<Map<String, Object>>> roster) {
        Map<String, java.util.Set<Object>> leftOut = new HashMap<>(Map.of("students", new java.util.HashSet<>(), "groups",
                new java.util.HashSet<>(), "staff", new java.util.HashSet<>()));
        for (int round = 0; round < 100; round++) {
            Map<String, Object> body = new LinkedHashMap<>(roster);
            body.put("mode", "DELTA");
            Answer a = sync(body, true);
            if (a.status() == 200) {
                return leftOut;
            }
            if (a.status() != 422) {
                throw new AssertionError("the roster before this class: " + a.body());
            }
            Map<String, java.util.TreeSet<Integer>> drop = new HashMap<>();
            for (String name : a.json().<String>getList("invalidParams.name")) {
                String[] parts = name.split("/");
                drop.computeIfAbsent(parts[1], k -> new java.util.TreeSet<>()).add(Integer.parseInt(parts[2]));
            }
            drop.forEach((kind, indexes) -> indexes.descendingSet().forEach(i -> {
                Map<String, Object> item = roster.get(kind).remove((int) i);
                leftOut.get(kind).add(item.getOrDefault("externalId", item.get("code")));
            }));
        }
        throw new AssertionError("the roster before this class keeps items the sync refuses");
    }

    /** Puts the roster read by {@link #current()} back as it was (a DELTA sync of all of it). */
    static void restore(Map<String, List<Map<String, Object>>> roster) {
        Map<String, Object> body = new LinkedHashMap<>(roster);
        body.put("mode", "DELTA");
        Answer a = sync(body, false);
        if (a.status() != 200) {
            throw new AssertionError("could not restore the roster: " + a.body());
        }
    }
}
