package nl.pestprotocol.roster.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncInput;
import nl.pestprotocol.roster.sync.SyncDtos.SyncGroup;
import nl.pestprotocol.roster.sync.SyncDtos.SyncStaff;
import nl.pestprotocol.roster.sync.SyncDtos.SyncStudent;

/**
 * Checks every item of a sync against the rules of the single-record PUTs and against each other
 * (a pupil's group and a group's mentors may be in the request or already on the roster), and
 * collects every problem instead of stopping at the first. Reasons never repeat a value sent: a
 * pupil's name must not travel into error logs of the student record system's side either.
 */
final class SyncValidator {

    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    static final Pattern GROUP_CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    static final Pattern SCHOOL_YEAR = Pattern.compile("\\d{4}-\\d{4}");

    private final List<SyncItemProblem> problems = new ArrayList<>();

    private SyncValidator() {
    }

    static List<SyncItemProblem> check(RosterSyncInput in, RosterSnapshot current) {
        SyncValidator v = new SyncValidator();
        v.limit("students", in.studentsOrEmpty().size(), SyncDtos.MAX_STUDENTS);
        v.limit("groups", in.groupsOrEmpty().size(), SyncDtos.MAX_GROUPS);
        v.limit("staff", in.staffOrEmpty().size(), SyncDtos.MAX_STAFF);
        Set<String> staffIds = new HashSet<>(current.staff().keySet());
        in.staffOrEmpty().stream().filter(s -> s != null && s.externalId() != null).forEach(s -> staffIds.add(s.externalId()));
        Set<String> groupCodes = new HashSet<>(current.groups().keySet());
        in.groupsOrEmpty().stream().filter(g -> g != null && g.code() != null).forEach(g -> groupCodes.add(g.code()));
        v.staff(in.staffOrEmpty(), current);
        v.groups(in.groupsOrEmpty(), staffIds);
        v.students(in.studentsOrEmpty(), groupCodes);
        return v.problems;
    }

    private void limit(String kind, int size, int max) {
        if (size > max) {
            problems.add(new SyncItemProblem(kind, -1, null, "at most " + max + " " + kind + " per request"));
        }
    }

    private void staff(List<SyncStaff> staff, RosterSnapshot current) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> usernames = new HashMap<>();
        Set<String> sent = new HashSet<>();
        staff.stream().filter(s -> s != null && s.externalId() != null).forEach(s -> sent.add(s.externalId()));
        Map<String, String> owners = current.usernameOwners();
        for (int i = 0; i < staff.size(); i++) {
            SyncStaff s = staff.get(i);
            if (s == null) {
                add("staff", i, null, "must be an object");
                continue;
            }
            externalId("staff", i, s.externalId(), seen);
            text("staff", i, "username", s.username(), 100);
            text("staff", i, "givenName", s.givenName(), 100);
            text("staff", i, "familyName", s.familyName(), 100);
            names("staff", i, "departments", s.departments());
            names("staff", i, "supportDepartments", s.supportDepartments());
            if (s.username() != null && !s.username().isBlank()) {
                Integer first = usernames.putIfAbsent(s.username(), i);
                String holder = owners.get(s.username());
                if (first != null) {
                    add("staff", i, "username", "is also the username of /staff/" + first);
                } else if (holder != null && !holder.equals(s.externalId()) && !sent.contains(holder)) {
                    // a holder who is sent too gets their own (other) username in the same transaction, freeing this one
                    add("staff", i, "username", "belongs to another staff member on the roster (username-taken)");
                }
            }
        }
    }

    private void groups(List<SyncGroup> groups, Set<String> staffIds) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            SyncGroup g = groups.get(i);
            if (g == null) {
                add("groups", i, null, "must be an object");
                continue;
            }
            if (g.code() == null || !GROUP_CODE.matcher(g.code()).matches()) {
                add("groups", i, "code", "is required: 1 to 20 letters, digits, '.', '_' or '-'");
            } else {
                Integer first = seen.putIfAbsent(g.code(), i);
                if (first != null) {
                    add("groups", i, "code", "appears more than once in groups (also at /groups/" + first + ")");
                }
            }
            text("groups", i, "department", g.department(), 100);
            if (g.schoolYear() == null || !SCHOOL_YEAR.matcher(g.schoolYear()).matches()) {
                add("groups", i, "schoolYear", "is required and must look like 2026-2027");
            } else if (Integer.parseInt(g.schoolYear().substring(5)) != Integer.parseInt(g.schoolYear().substring(0, 4)) + 1) {
                add("groups", i, "schoolYear", "must be two consecutive years, like 2026-2027");
            }
            if (g.mentors() == null) {
                add("groups", i, "mentors", "is required (an empty list for a group without mentors)");
                continue;
            }
            if (g.mentors().size() > 20) {
                add("groups", i, "mentors", "at most 20 mentors");
            }
            for (int m = 0; m < g.mentors().size(); m++) {
                String mentor = g.mentors().get(m);
                if (mentor == null || !EXTERNAL_ID.matcher(mentor).matches()) {
                    add("groups", i, "mentors/" + m, "must be the externalId of a staff member");
                } else if (!staffIds.contains(mentor)) {
                    add("groups", i, "mentors/" + m, "names no staff member in the request or on the roster (unknown-staff)");
                }
            }
        }
    }

    private void students(List<SyncStudent> students, Set<String> groupCodes) {
        Map<String, Integer> seen = new HashMap<>(students.size() * 2);
        for (int i = 0; i < students.size(); i++) {
            SyncStudent s = students.get(i);
            if (s == null) {
                add("students", i, null, "must be an object");
                continue;
            }
            externalId("students", i, s.externalId(), seen);
            text("students", i, "givenName", s.givenName(), 100);
            text("students", i, "familyName", s.familyName(), 100);
            if (s.eckId() != null && (s.eckId().isBlank() || s.eckId().length() > 200)) {
                add("students", i, "eckId", "must be 1 to 200 characters when present");
            }
            if (s.groupCode() != null) {
                if (!GROUP_CODE.matcher(s.groupCode()).matches()) {
                    add("students", i, "groupCode", "must be 1 to 20 letters, digits, '.', '_' or '-'");
                } else if (!groupCodes.contains(s.groupCode())) {
                    add("students", i, "groupCode", "names no group in the request or on the roster (unknown-group)");
                }
            }
        }
    }

    private void externalId(String kind, int i, String externalId, Map<String, Integer> seen) {
        if (externalId == null || !EXTERNAL_ID.matcher(externalId).matches()) {
            add(kind, i, "externalId", "is required: 1 to 100 letters, digits, '.', '_', ':' or '-'");
            return;
        }
        Integer first = seen.putIfAbsent(externalId, i);
        if (first != null) {
            add(kind, i, "externalId", "appears more than once in " + kind + " (also at /" + kind + "/" + first + ")");
        }
    }

    private void text(String kind, int i, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(kind, i, field, "is required and must not be blank");
        } else if (value.length() > max) {
            add(kind, i, field, "must be at most " + max + " characters");
        }
    }

    private void names(String kind, int i, String field, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.size() > 50) {
            add(kind, i, field, "at most 50 departments");
        }
        for (int d = 0; d < values.size(); d++) {
            String v = values.get(d);
            if (v == null || v.isBlank() || v.length() > 100) {
                add(kind, i, field + "/" + d, "must be a department name of 1 to 100 characters");
            }
        }
    }

    private void add(String kind, int index, String field, String reason) {
        problems.add(new SyncItemProblem(kind, index, field, reason));
    }
}
