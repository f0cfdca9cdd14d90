package nl.pestprotocol.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk data in plain SQL (seconds for 100,000 cases): a school board's history of closed cases in
 * 60 other groups of both departments, a few cases of mentor2's group 2B, and pools of fresh
 * SIGNALEREN cases of mentor1 for the jobs that need an existing case. Runs after the service has
 * migrated the schema and seeded the demo roster; triggers of the schema fill derived columns.
 */
public final class Seeder {

    static final int GROUPS = 60;
    static final int PUPILS_PER_GROUP = 25;

    private final Connection db;

    public Seeder(Connection db) {
        this.db = db;
    }

    /** The roster of the history: 60 groups (odd onderbouw, even bovenbouw), each with a mentor and 25 pupils. */
    public void historyRoster() throws SQLException {
        exec("""
                insert into staff (id, external_id, username, given_name, family_name, updated_at)
                select gen_random_uuid(), 'hist-mentor-' || g, 'hist-mentor-' || g, 'Mentor', 'Historie ' || g, now()
                from generate_series(0, %1$d - 1) g on conflict (external_id) do nothing;
                insert into school_group (code, department, school_year, updated_at)
                select (1 + g %% 6) || 'H' || lpad(g::text, 2, '0'), case when g %% 2 = 1 then 'onderbouw' else 'bovenbouw' end,
                       '2026-2027', now()
                from generate_series(0, %1$d - 1) g on conflict do nothing;
                insert into group_mentor (group_code, staff_id)
                select (1 + g %% 6) || 'H' || lpad(g::text, 2, '0'), s.id
                from generate_series(0, %1$d - 1) g join staff s on s.external_id = 'hist-mentor-' || g on conflict do nothing;
                insert into student (id, external_id, given_name, family_name, group_code, active, updated_at)
                select gen_random_uuid(), 'hist-' || g || '-' || k, 'Leerling', 'Historie', (1 + g %% 6) || 'H' || lpad(g::text, 2, '0'),
                       true, now()
                from generate_series(0, %1$d - 1) g, generate_series(0, %2$d - 1) k on conflict do nothing;
                """.formatted(GROUPS, PUPILS_PER_GROUP));
    }

    /** Closed (and a tenth still open) cases of the history's pupils until the school has {@code total} cases of history. */
    public void historyUpTo(int total) throws SQLException {
        int have = count("select count(*) from bullying_case where summary = 'Historie'");
        if (have >= total) {
            return;
        }
        exec("""
                create temp table nc on commit drop as
                select gen_random_uuid() id, n, n %% %1$d g,
                       now() - interval '2 days' - random() * interval '1825 days' t
                from generate_series(%3$d, %4$d - 1) n;
                create temp table hg on commit drop as
                select g, s.id mentor from generate_series(0, %1$d - 1) g join staff s on s.external_id = 'hist-mentor-' || g;
                create temp table hs on commit drop as
                select split_part(external_id, '-', 2)::int * %2$d + split_part(external_id, '-', 3)::int pupil, id
                from student where external_id like 'hist-%%';
                create index on hs (pupil);
                """.formatted(GROUPS, PUPILS_PER_GROUP, have, total)
                + cases("nc", "hg.mentor", "join hg on hg.g = nc.g",
                        "(select id from hs where pupil = nc.g * " + PUPILS_PER_GROUP + " + nc.n % " + PUPILS_PER_GROUP + ")",
                        "(select id from hs where pupil = nc.g * " + PUPILS_PER_GROUP + " + (nc.n + 1) % " + PUPILS_PER_GROUP + ")",
                        "case when nc.n % 10 = 0 then 'UITVOEREN' else 'AFGESLOTEN' end", "'Historie'"));
        exec("analyze");
    }

    /** A few cases of mentor2's group over the years: the mentor "with few cases". */
    public void fewCasesOfMentor2(int count) throws SQLException {
        exec("""
                create temp table nc on commit drop as
                select gen_random_uuid() id, n, 0 g, now() - interval '2 days' - n * interval '300 days' t
                from generate_series(0, %d - 1) n;
                """.formatted(count)
                + cases("nc", "(select id from staff where username = 'mentor2')", "",
                        "(select id from student where external_id = '2B-0' || (1 + nc.n %% 5))".replace("%%", "%"),
                        "(select id from student where external_id = '2B-0' || (6 + nc.n % 4))", "'UITVOEREN'", "'Mentor2'"));
    }

    /** {@code count} fresh SIGNALEREN cases of mentor1 (1A-01 gepest by 1A-02, with an incident); their ids. */
    public List<String> freshCases(int count, String summary) throws SQLException {
        exec("""
                create temp table nc on commit drop as
                select gen_random_uuid() id, n, 0 g, now() - interval '1 minute' t from generate_series(0, %d - 1) n;
                """.formatted(count)
                + cases("nc", "(select id from staff where username = 'mentor1')", "",
                        "(select id from student where external_id = '1A-01')",
                        "(select id from student where external_id = '1A-02')", "'SIGNALEREN'", "'" + summary + "'"));
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select id from bullying_case where summary = ? order by id")) {
            ps.setString(1, summary);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Removes every case the measured jobs opened or used, with what hangs off them. */
    public void deleteBenchCases() throws SQLException {
        exec("""
                delete from bullying_case where summary like 'bench-%' or summary = 'Uitgescholden in de kantine';
                """);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
    }

    /** Inserts the cases of temp table {@code nc} (id, n, g, t) with two involvements, a form and an incident each. */
    private static String cases(String nc, String mentor, String join, String victim, String bully, String step, String summary) {
        return """
                insert into bullying_case (id, summary, step, level, owner_id, opened_at, opened_by_id, closed_at, close_reason,
                    step_seq, evaluation_round, version, updated_at, cycle, level_reached_at)
                select nc.id, %6$s, %5$s, 'PM_1', %1$s, nc.t, %1$s,
                       case when %5$s = 'AFGESLOTEN' then nc.t + interval '30 days' end,
                       case when %5$s = 'AFGESLOTEN' then 'Effect behaald' end,
                       case when %5$s = 'SIGNALEREN' then 0 else 5 end, 0, 1, nc.t, 1, nc.t
                from nc %2$s;
                insert into involvement (case_id, student_id, role, added_at) select nc.id, %3$s, 'GEPESTE', nc.t from nc;
                insert into involvement (case_id, student_id, role, added_at) select nc.id, %4$s, 'PESTER', nc.t from nc;
                insert into case_form (case_id, form) select nc.id, 'VERBAAL' from nc;
                insert into incident (id, case_id, occurred_at, reported_at, reporter_type, location, description, logged_by_id, logged_at)
                select nc.id, nc.id, nc.t, nc.t, 'LEERLING', 'kantine', 'Uitgescholden.', c.opened_by_id, nc.t
                from nc join bullying_case c on c.id = nc.id;
                insert into incident_form (incident_id, form) select nc.id, 'VERBAAL' from nc;
                insert into incident_student (incident_id, student_id) select nc.id, i.student_id from nc join involvement i on i.case_id = nc.id;
                """.formatted(mentor, join, victim, bully, step, summary).replace("nc.", nc + ".").replace("from nc", "from " + nc);
    }

    public int count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void exec(String sql) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute(sql);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }
}
