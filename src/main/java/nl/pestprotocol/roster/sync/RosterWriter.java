package nl.pestprotocol.roster.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.pestprotocol.roster.sync.RosterSnapshot.StaffRow;
import nl.pestprotocol.roster.sync.RosterSnapshot.StudentRow;
import nl.pestprotocol.roster.sync.SyncPlan.GroupWrite;
import nl.pestprotocol.roster.sync.SyncPlan.StaffWrite;
import nl.pestprotocol.roster.sync.SyncPlan.StudentWrite;

/**
 * Writes a {@link SyncPlan} with a fixed number of statements, whatever the number of rows: every
 * kind of change is one statement over arrays ({@code unnest}), so 20,000 pupils cost as many round
 * trips as 20. Arrays travel as text and are cast in SQL, which keeps the JDBC side to one array type.
 * Staff are written before groups (mentors reference them), updates before inserts (a username a
 * changed staff member gives up can be taken by a new one; V8 checks uniqueness per statement).
 */
final class RosterWriter {

    private final Connection c;
    private final Timestamp now;

    RosterWriter(Connection c, Instant now) {
        this.c = c;
        this.now = Timestamp.from(now);
    }

    void write(SyncPlan plan, LocalDate today) throws SQLException {
        updateStaff(plan.staffUpdated);
        insertStaff(plan.staffCreated);
        staffDepartments(plan);
        leave("staff", plan.staffLeft.stream().map(StaffRow::id).toList(), today);
        upsertGroups(plan.groupsUpdated, false);
        upsertGroups(plan.groupsCreated, true);
        groupMentors(plan);
        updateStudents(plan.studentsUpdated);
        insertStudents(plan.studentsCreated);
        leave("student", plan.studentsLeft.stream().map(StudentRow::id).toList(), today);
    }

    private void updateStaff(List<StaffWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        run("""
                update staff s set username = u.username, given_name = u.given_name, family_name = u.family_name,
                  active = cast(u.active as boolean), left_on = cast(u.left_on as date), updated_at = ?
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                  cast(? as text[])) as u(id, username, given_name, family_name, active, left_on)
                where s.id = cast(u.id as uuid)""", withNow(staffColumns(rows)));
    }

    private void insertStaff(List<StaffWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        run("""
                insert into staff (updated_at, id, username, given_name, family_name, active, left_on, external_id)
                select ?, cast(u.id as uuid), u.username, u.given_name, u.family_name, cast(u.active as boolean),
                  cast(u.left_on as date), u.external_id
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                  cast(? as text[]), cast(? as text[])) as u(id, username, given_name, family_name, active, left_on, external_id)""",
                withNow(append(staffColumns(rows), column(rows, StaffWrite::externalId))));
    }

    private Object[] staffColumns(List<StaffWrite> rows) throws SQLException {
        return new Object[] { column(rows, r -> r.id().toString()), column(rows, StaffWrite::username),
                column(rows, StaffWrite::givenName), column(rows, StaffWrite::familyName),
                column(rows, r -> Boolean.toString(r.active())), column(rows, r -> text(r.leftOn())) };
    }

    /** The departments of new staff, and of changed staff whose departments changed, are replaced as a whole. */
    private void staffDepartments(SyncPlan plan) throws SQLException {
        List<StaffWrite> replaced = new ArrayList<>(plan.staffCreated);
        plan.staffUpdated.stream().filter(StaffWrite::departmentsChanged).forEach(replaced::add);
        if (replaced.isEmpty()) {
            return;
        }
        List<UUID> changedIds = plan.staffUpdated.stream().filter(StaffWrite::departmentsChanged).map(StaffWrite::id).toList();
        if (!changedIds.isEmpty()) {
            run("delete from staff_department where staff_id = any(cast(? as uuid[]))", ids(changedIds));
        }
        List<String[]> rows = new ArrayList<>();
        for (StaffWrite s : replaced) {
            s.departments().forEach(d -> rows.add(new String[] { s.id().toString(), d, "LC" }));
            s.supportDepartments().forEach(d -> rows.add(new String[] { s.id().toString(), d, "OC" }));
        }
        if (!rows.isEmpty()) {
            run("""
                    insert into staff_department (staff_id, department, function)
                    select cast(u.staff_id as uuid), u.department, u.function
                    from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as u(staff_id, department, function)""",
                    column(rows, r -> r[0]), column(rows, r -> r[1]), column(rows, r -> r[2]));
        }
    }

    private void upsertGroups(List<GroupWrite> rows, boolean insert) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = insert ? """
                insert into school_group (updated_at, code, department, school_year)
                select ?, u.code, u.department, u.school_year
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as u(code, department, school_year)"""
                : """
                        update school_group g set updated_at = ?, department = u.department, school_year = u.school_year
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as u(code, department, school_year)
                        where g.code = u.code""";
        run(sql, now, column(rows, GroupWrite::code), column(rows, GroupWrite::department), column(rows, GroupWrite::schoolYear));
    }

    private void groupMentors(SyncPlan plan) throws SQLException {
        List<GroupWrite> replaced = new ArrayList<>(plan.groupsCreated);
        plan.groupsUpdated.stream().filter(GroupWrite::mentorsChanged).forEach(replaced::add);
        List<String> changedCodes = plan.groupsUpdated.stream().filter(GroupWrite::mentorsChanged).map(GroupWrite::code).toList();
        if (!changedCodes.isEmpty()) {
            run("delete from group_mentor where group_code = any(cast(? as text[]))", array(changedCodes));
        }
        List<String[]> rows = new ArrayList<>();
        replaced.forEach(g -> g.mentorIds().forEach(m -> rows.add(new String[] { g.code(), m.toString() })));
        if (!rows.isEmpty()) {
            run("""
                    insert into group_mentor (group_code, staff_id)
                    select u.group_code, cast(u.staff_id as uuid) from unnest(cast(? as text[]), cast(? as text[])) as u(group_code, staff_id)""",
                    column(rows, r -> r[0]), column(rows, r -> r[1]));
        }
    }

    private void updateStudents(List<StudentWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        run("""
                update student s set eck_id = u.eck_id, given_name = u.given_name, family_name = u.family_name,
                  group_code = u.group_code, active = cast(u.active as boolean), left_on = cast(u.left_on as date), updated_at = ?
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                  cast(? as text[]), cast(? as text[])) as u(id, eck_id, given_name, family_name, group_code, active, left_on)
                where s.id = cast(u.id as uuid)""", withNow(studentColumns(rows)));
    }

    private void insertStudents(List<StudentWrite> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        run("""
                insert into student (updated_at, id, eck_id, given_name, family_name, group_code, active, left_on, external_id)
                select ?, cast(u.id as uuid), u.eck_id, u.given_name, u.family_name, u.group_code, cast(u.active as boolean),
                  cast(u.left_on as date), u.external_id
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                  cast(? as text[]), cast(? as text[]), cast(? as text[]))
                  as u(id, eck_id, given_name, family_name, group_code, active, left_on, external_id)""",
                withNow(append(studentColumns(rows), column(rows, StudentWrite::externalId))));
    }

    private Object[] studentColumns(List<StudentWrite> rows) throws SQLException {
        return new Object[] { column(rows, r -> r.id().toString()), column(rows, StudentWrite::eckId),
                column(rows, StudentWrite::givenName), column(rows, StudentWrite::familyName), column(rows, StudentWrite::groupCode),
                column(rows, r -> Boolean.toString(r.active())), column(rows, r -> text(r.leftOn())) };
    }

    /**
     * Marks people a FULL sync no longer lists as left, as a leaving recorded by hand would: inactive,
     * and {@code leftOn} today unless an earlier date was already recorded (retention counts from it).
     */
    private void leave(String table, List<UUID> ids, LocalDate today) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        run("update " + table + " set active = false, updated_at = ?, left_on = case when left_on is null or left_on > ? then ?"
                + " else left_on end where id = any(cast(? as uuid[]))", now, java.sql.Date.valueOf(today),
                java.sql.Date.valueOf(today), ids(ids));
    }

    private Array ids(Collection<UUID> ids) throws SQLException {
        return array(ids.stream().map(UUID::toString).toList());
    }

    private <T> Array column(List<T> rows, Function<T, String> value) throws SQLException {
        List<String> values = new ArrayList<>(rows.size());
        rows.forEach(r -> values.add(value.apply(r)));
        return array(values);
    }

    private Array array(List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Object[] append(Object[] first, Object last) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    private Object[] withNow(Object[] columns) {
        Object[] all = new Object[columns.length + 1];
        all[0] = now;
        System.arraycopy(columns, 0, all, 1, columns.length);
        return all;
    }

    private void run(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Array a) {
                    ps.setArray(i + 1, a);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            ps.executeUpdate();
        }
    }
}
