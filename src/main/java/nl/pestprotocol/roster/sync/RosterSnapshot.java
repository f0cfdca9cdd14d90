package nl.pestprotocol.roster.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The roster as it is, read in five statements whatever its size, so a sync of 20,000 pupils
 * compares in memory instead of asking the database once per row. Anonymised leavers (spec §10)
 * are not part of it: their record no longer names anyone and no sync can match it.
 */
record RosterSnapshot(Map<String, StudentRow> students, Map<String, StaffRow> staff, Map<String, GroupRow> groups) {

    record StudentRow(UUID id, String externalId, String eckId, String givenName, String familyName, String groupCode,
            boolean active, LocalDate leftOn) {
    }

    record StaffRow(UUID id, String externalId, String username, String givenName, String familyName, boolean active,
            LocalDate leftOn, Set<String> departments, Set<String> supportDepartments) {
    }

    record GroupRow(String code, String department, String schoolYear, Set<UUID> mentorIds) {
    }

    static RosterSnapshot read(Connection c) throws SQLException {
        Map<String, StudentRow> students = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, external_id, eck_id, given_name, family_name, group_code, active, left_on
                from student where anonymized_at is null""")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StudentRow s = new StudentRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getObject(8, LocalDate.class));
                    students.put(s.externalId(), s);
                }
            }
        }
        Map<UUID, Set<String>> lc = new HashMap<>();
        Map<UUID, Set<String>> oc = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select staff_id, department, function from staff_department");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<UUID, Set<String>> target = "OC".equals(rs.getString(3)) ? oc : lc;
                target.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Map<String, StaffRow> staff = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, external_id, username, given_name, family_name, active, left_on from staff");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                staff.put(rs.getString(2), new StaffRow(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), rs.getObject(7, LocalDate.class), lc.getOrDefault(id, Set.of()),
                        oc.getOrDefault(id, Set.of())));
            }
        }
        Map<String, Set<UUID>> mentors = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select group_code, staff_id from group_mentor");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mentors.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
            }
        }
        Map<String, GroupRow> groups = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select code, department, school_year from school_group");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.put(rs.getString(1), new GroupRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        mentors.getOrDefault(rs.getString(1), Set.of())));
            }
        }
        return new RosterSnapshot(students, staff, groups);
    }

    /** Who holds each username now. */
    Map<String, String> usernameOwners() {
        Map<String, String> owners = new HashMap<>();
        staff.values().forEach(s -> owners.put(s.username(), s.externalId()));
        return owners;
    }
}
