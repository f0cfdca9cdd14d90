package nl.pestprotocol.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The reference side: each job as the minimal SQL that does the same work (the rows the job
 * writes, the rows it must read, the audit entry the spec requires), sent over JDBC with
 * server-side prepared statements, at the same concurrency and for the same time as the API side.
 */
public final class SqlReference {

    private static final String AUDIT = "insert into audit_entry (at, subject, username, role, action, case_id, request_id)"
            + " values (now(), ?, ?, 'mentor', ?, ?, 'bench')";
    private static final String TIMELINE = "insert into timeline_event (case_id, type, occurred_at, actor_id, data)"
            + " values (?, ?, now(), ?, ?::jsonb)";
    private static final String VISIBLE = """
            (c.opened_by_id = ? or c.owner_id = ? or c.coordinator_id = ? or c.support_coordinator_id = ?
             or exists (select 1 from involvement vi join student vs on vs.id = vi.student_id
                        join group_mentor vm on vm.group_code = vs.group_code where vi.case_id = c.id and vm.staff_id = ?)
             or exists (select 1 from involvement di join student ds on ds.id = di.student_id
                        join school_group dg on dg.code = ds.group_code
                        join staff_department dd on dd.department = dg.department
                        where di.case_id = c.id and dd.staff_id = ? and dd.function = 'LC'))""";

    private final String jdbcUrl;
    private final Map<String, UUID> staff;
    private final UUID victim;
    private final UUID bully;

    public SqlReference(String jdbcUrl, Map<String, UUID> staff, UUID victim, UUID bully) {
        this.jdbcUrl = jdbcUrl;
        this.staff = staff;
        this.victim = victim;
        this.bully = bully;
    }

    /** Runs {@code job} with {@code users} threads, each on its own connection, counting into {@code meter}. */
    public void run(Job job, int users, Meter meter, List<String> caseIds, ConcurrentLinkedQueue<String> transitionCases)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + (long) (meter.totalSeconds() * 1e9);
        for (int u = 0; u < users; u++) {
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                    c.unwrap(org.postgresql.PGConnection.class).setPrepareThreshold(1);
                    while (System.nanoTime() < end) {
                        meter.start(job);
                        boolean ok = once(c, job, caseIds, transitionCases);
                        meter.done(job, ok);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(job + ": " + e.getMessage(), e);
                }
            }, "sql-" + job + "-" + u);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private boolean once(Connection c, Job job, List<String> caseIds, ConcurrentLinkedQueue<String> transitionCases)
            throws SQLException {
        UUID me = staff.get(job.user);
        return switch (job) {
            case OPEN_CASE -> inTransaction(c, () -> openCase(c, me));
            case LOG_INCIDENT -> inTransaction(c, () -> logIncident(c, me, pick(caseIds)));
            case READ_CASE -> readCase(c, me, pick(caseIds));
            case LIST_MENTOR, LIST_LC, LIST_OC -> list(c, job, me);
            case TRANSITION -> {
                String id = transitionCases.poll();
                yield id != null && inTransaction(c, () -> transition(c, me, UUID.fromString(id)));
            }
        };
    }

    private static UUID pick(List<String> ids) {
        return UUID.fromString(ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
    }

    private interface Work {
        boolean run() throws SQLException;
    }

    private static boolean inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            boolean ok = work.run();
            c.commit();
            return ok;
        } catch (SQLException e) {
            c.rollback();
            return false;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private boolean openCase(Connection c, UUID me) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        update(c, """
                insert into bullying_case (id, summary, step, level, owner_id, opened_at, opened_by_id, step_seq, evaluation_round,
                    version, updated_at, cycle, level_reached_at) values (?, 'Uitgescholden in de kantine', 'SIGNALEREN', 'PM_1', ?, ?, ?, 0, 0, 1, ?, 1, ?)""",
                id, me, now, me, now, now);
        update(c, "insert into case_form (case_id, form) values (?, 'VERBAAL')", id);
        update(c, "insert into involvement (case_id, student_id, role, added_at) values (?, ?, 'GEPESTE', ?), (?, ?, 'PESTER', ?)",
                id, victim, now, id, bully, now);
        update(c, TIMELINE, id, "CASE_OPENED", me, "{\"summary\":\"Uitgescholden in de kantine\"}");
        incident(c, me, id);
        update(c, AUDIT, me.toString(), "mentor1", "POST /cases", id);
        return true;
    }

    private void incident(Connection c, UUID me, UUID caseId) throws SQLException {
        UUID incident = UUID.randomUUID();
        update(c, """
                insert into incident (id, case_id, occurred_at, reported_at, reporter_type, location, description, logged_by_id, logged_at)
                values (?, ?, timestamptz '2026-01-12 10:15:00Z', now(), 'LEERLING', 'kantine', 'Uitgescholden in de pauze.', ?, now())""",
                incident, caseId, me);
        update(c, "insert into incident_form (incident_id, form) values (?, 'VERBAAL')", incident);
        update(c, "insert into incident_student (incident_id, student_id) values (?, ?), (?, ?)", incident, victim, incident, bully);
        update(c, TIMELINE, caseId, "INCIDENT_LOGGED", me, "{\"reporterType\":\"LEERLING\"}");
    }

    private boolean logIncident(Connection c, UUID me, UUID caseId) throws SQLException {
        if (!exists(c, "select 1 from bullying_case c where c.id = ? for update", caseId)) {
            return false;
        }
        incident(c, me, caseId);
        update(c, "update bullying_case set version = version + 1, updated_at = now() where id = ?", caseId);
        update(c, AUDIT, me.toString(), "mentor1", "POST /cases/{caseId}/incidents", caseId);
        return true;
    }

    private boolean readCase(Connection c, UUID me, UUID caseId) throws SQLException {
        boolean found = exists(c, """
                select c.*, o.given_name, o.family_name, array(select form from case_form f where f.case_id = c.id)
                from bullying_case c left join staff o on o.id = c.owner_id where c.id = ?""", caseId);
        exists(c, "select i.role, s.external_id, s.given_name, s.family_name, s.group_code from involvement i"
                + " join student s on s.id = i.student_id where i.case_id = ?", caseId);
        exists(c, "select (select count(*) from incident where case_id = ?), (select count(*) from conversation where case_id = ?),"
                + " (select count(*) from plan_action where case_id = ?), (select count(*) from agreement where case_id = ?)",
                caseId, caseId, caseId, caseId);
        update(c, AUDIT, me.toString(), "mentor1", "GET /cases/{caseId}", caseId);
        return found;
    }

    private boolean list(Connection c, Job job, UUID me) throws SQLException {
        String where = job == Job.LIST_OC ? "true" : VISIBLE;
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select c.* from bullying_case c where " + where
                + " order by c.opened_at desc, c.id desc limit 26")) {
            if (job != Job.LIST_OC) {
                for (int i = 1; i <= 6; i++) {
                    ps.setObject(i, me);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject("id", UUID.class));
                }
            }
        }
        Array arr = c.createArrayOf("uuid", ids.toArray());
        exists(c, "select i.case_id, i.role, s.external_id, s.given_name, s.family_name, s.group_code from involvement i"
                + " join student s on s.id = i.student_id where i.case_id = any(?)", arr);
        update(c, "insert into audit_entry (at, subject, username, role, action, case_id, request_id)"
                + " select now(), ?, ?, 'mentor', 'GET /cases', unnest(?), 'bench'", me.toString(), job.user, arr);
        return true;
    }

    private boolean transition(Connection c, UUID me, UUID caseId) throws SQLException {
        if (!exists(c, "select 1 from bullying_case c where c.id = ? and c.step = 'SIGNALEREN' for update", caseId)
                || !exists(c, "select 1 from incident where case_id = ?", caseId)
                || !exists(c, "select 1 from involvement where case_id = ? and role = 'GEPESTE'", caseId)) {
            return false;
        }
        update(c, "update bullying_case set step = 'ANALYSEREN', step_seq = step_seq + 1, version = version + 1,"
                + " updated_at = now() where id = ?", caseId);
        update(c, TIMELINE, caseId, "STEP_CHANGED", me, "{\"from\":\"SIGNALEREN\",\"to\":\"ANALYSEREN\"}");
        update(c, AUDIT, me.toString(), "mentor1", "POST /cases/{caseId}/transitions", caseId);
        return true;
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
