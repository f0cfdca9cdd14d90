package nl.pestprotocol.roster.oneroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.pestprotocol.common.Problem;
import nl.pestprotocol.roster.oneroster.OneRosterFiles.Clazz;
import nl.pestprotocol.roster.oneroster.OneRosterFiles.Enrollment;
import nl.pestprotocol.roster.oneroster.OneRosterFiles.Org;
import nl.pestprotocol.roster.oneroster.OneRosterFiles.Session;
import nl.pestprotocol.roster.oneroster.OneRosterFiles.User;
import nl.pestprotocol.roster.oneroster.OneRosterFiles.UserRole;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncInput;
import nl.pestprotocol.roster.sync.SyncDtos.SyncGroup;
import nl.pestprotocol.roster.sync.SyncDtos.SyncMode;
import nl.pestprotocol.roster.sync.SyncDtos.SyncStaff;
import nl.pestprotocol.roster.sync.SyncDtos.SyncStudent;
import nl.pestprotocol.roster.sync.SyncItemProblem;

/**
 * A OneRoster export as the same input a {@code POST /roster/sync} takes (spec §11): a homeroom
 * class is a group (code: {@code classCode}, else {@code title}); its department is the org of
 * type {@code department} the class belongs to (its {@code identifier}, else its name), or the
 * school's; its school year comes from its terms' school year session. Teachers enrolled with
 * {@code primary=true} are its mentors, students enrolled in it its pupils. Users with role
 * {@code student} are students; teachers, administrators, aides and counselors are staff, and an
 * {@code administrator} at a department org coordinates it (leerlingcoördinator), a
 * {@code counselor} there supports it (ondersteuningscoördinator). A user's {@code sourcedId}
 * is the key (externalId); the ECK iD ({@code userIds} entry of type ECK) is stored, never a key.
 * A bulk manifest is a FULL sync, a delta one a DELTA sync.
 */
final class OneRosterMapping {

    static final Set<String> STAFF_ROLES = Set.of("teacher", "administrator", "aide", "counselor", "principal",
            "siteadministrator", "districtadministrator", "systemadministrator", "proctor");
    private static final Pattern USER_ID = Pattern.compile("\\{\\s*([^:{}]+?)\\s*:\\s*([^{}]*?)\\s*}");

    final List<SyncStudent> students = new ArrayList<>();
    final List<SyncStaff> staff = new ArrayList<>();
    final List<SyncGroup> groups = new ArrayList<>();
    /** Where each item came from, so a problem the sync finds names a line of a file. */
    private final List<Integer> studentLines = new ArrayList<>();
    private final List<Integer> staffLines = new ArrayList<>();
    private final List<Integer> groupLines = new ArrayList<>();
    private final List<List<Integer>> mentorLines = new ArrayList<>();
    private final Map<String, List<UserRole>> rolesByUser = new HashMap<>();
    private final OneRosterFiles files;
    private final LocalDate today;

    private OneRosterMapping(OneRosterFiles files, LocalDate today) {
        this.files = files;
        this.today = today;
    }

    static OneRosterMapping of(OneRosterFiles files, LocalDate today) {
        OneRosterMapping m = new OneRosterMapping(files, today);
        m.map();
        return m;
    }

    RosterSyncInput input() {
        return new RosterSyncInput(files.delta ? SyncMode.DELTA : SyncMode.FULL, students, groups, staff);
    }

    private void map() {
        Map<String, Set<String>> rolesOf = new HashMap<>();
        files.roles.forEach(r -> rolesOf.computeIfAbsent(r.userId(), k -> new TreeSet<>()).add(r.role()));
        files.roles.forEach(r -> rolesByUser.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(r));
        Map<String, String> groupOfStudent = new HashMap<>();
        Map<String, List<Enrollment>> mentorsOf = new HashMap<>();
        for (Enrollment e : files.enrollments) {
            Clazz c = files.classes.get(e.classId());
            User u = files.users.get(e.userId());
            boolean ended = e.endDate() != null && e.endDate().isBefore(today);
            if (c == null || u == null || ended || !c.classType().equals("homeroom")) {
                continue;
            }
            Set<String> roles = rolesOf.getOrDefault(e.userId(), Set.of());
            if (e.role().equals("student")) {
                if (!roles.contains("student")) {
                    problem(e.line(), "userSourcedId", "is enrolled as student but has no student role");
                } else if (groupOfStudent.putIfAbsent(e.userId(), e.classId()) != null
                        && !groupOfStudent.get(e.userId()).equals(e.classId())) {
                    problem(e.line(), "classSourcedId", "is a second homeroom class for this student; a pupil has one group");
                }
            } else if (e.role().equals("teacher") && e.primary()) {
                if (roles.stream().noneMatch(STAFF_ROLES::contains)) {
                    problem(e.line(), "userSourcedId", "is enrolled as teacher but has no staff role");
                } else {
                    mentorsOf.computeIfAbsent(e.classId(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        for (User u : files.users.values()) {
            Set<String> roles = rolesOf.getOrDefault(u.id(), Set.of());
            LocalDate leftOn = u.toBeDeleted() ? today : null;
            if (roles.contains("student")) {
                Clazz c = files.classes.get(groupOfStudent.get(u.id()));
                students.add(new SyncStudent(u.id(), eckId(u.userIds()), u.givenName(), u.familyName(),
                        c == null ? null : groupCode(c), u.toBeDeleted() ? Boolean.FALSE : null, leftOn));
                studentLines.add(u.line());
            } else if (roles.stream().anyMatch(STAFF_ROLES::contains)) {
                List<String> lc = departments(u.id(), "administrator");
                List<String> oc = departments(u.id(), "counselor");
                staff.add(new SyncStaff(u.id(), u.username(), u.givenName(), u.familyName(), lc, oc,
                        u.enabled() && !u.toBeDeleted() ? null : Boolean.FALSE, leftOn));
                staffLines.add(u.line());
            }
        }
        for (Clazz c : files.classes.values()) {
            if (!c.classType().equals("homeroom")) {
                continue;
            }
            List<Enrollment> mentors = mentorsOf.getOrDefault(c.id(), List.of());
            groups.add(new SyncGroup(groupCode(c), department(c), schoolYear(c), mentors.stream().map(Enrollment::userId).toList()));
            groupLines.add(c.line());
            mentorLines.add(mentors.stream().map(Enrollment::line).toList());
        }
    }

    private String groupCode(Clazz c) {
        return c.classCode() != null ? c.classCode() : c.title();
    }

    private List<String> departments(String userId, String role) {
        Set<String> out = new TreeSet<>();
        for (UserRole r : rolesByUser.getOrDefault(userId, List.of())) {
            Org o = r.orgId() == null ? null : files.orgs.get(r.orgId());
            if (r.role().equals(role) && o != null && o.type().equals("department")) {
                out.add(orgName(o));
            }
        }
        return List.copyOf(out);
    }

    private String department(Clazz c) {
        Org o = c.orgId() == null ? null : files.orgs.get(c.orgId());
        return o == null ? null : orgName(o);
    }

    private static String orgName(Org o) {
        return o.identifier() != null ? o.identifier() : o.name();
    }

    /** The school year session of the class's first term (walking up from a term), as {@code 2026-2027}. */
    private String schoolYear(Clazz c) {
        for (String id : c.termIds()) {
            Session s = files.sessions.get(id);
            for (int depth = 0; s != null && depth < 5; depth++) {
                if (s.type().equals("schoolyear") || s.parentId() == null) {
                    return yearOf(s);
                }
                s = files.sessions.get(s.parentId());
            }
        }
        return null;
    }

    private static String yearOf(Session s) {
        if (s.schoolYear() != null) {
            int end = Integer.parseInt(s.schoolYear());
            return (end - 1) + "-" + end;
        }
        if (s.startDate() != null && s.endDate() != null) {
            return s.startDate().getYear() + "-" + s.endDate().getYear();
        }
        return null;
    }

    /** The identifier of the {@code {ECK:…}} entry of userIds, if any. */
    static String eckId(String userIds) {
        if (userIds == null) {
            return null;
        }
        Matcher m = USER_ID.matcher(userIds);
        while (m.find()) {
            String type = m.group(1).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            if ((type.equals("eck") || type.equals("eckid")) && !m.group(2).isBlank()) {
                return m.group(2);
            }
        }
        return null;
    }

    private void problem(int line, String column, String reason) {
        files.problems.add(new Problem.InvalidParam("/enrollments.csv/" + line + "/" + column, reason));
    }

    /** A problem the sync found in the mapped input, named by the file, line and column it came from. */
    Problem.InvalidParam locate(SyncItemProblem p) {
        String field = p.field() == null ? "" : p.field();
        return switch (p.kind()) {
            case "students" -> at("users.csv", studentLines, p, usersColumn(field));
            case "staff" -> at("users.csv", staffLines, p, usersColumn(field));
            case "groups" -> field.startsWith("mentors/") && p.index() >= 0 && p.index() < mentorLines.size()
                    ? mentor(p, Integer.parseInt(field.substring("mentors/".length())))
                    : at("classes.csv", groupLines, p, switch (field) {
                        case "code" -> "classCode";
                        case "department" -> "schoolSourcedId";
                        case "schoolYear" -> "termSourcedIds";
                        default -> field;
                    });
            default -> new Problem.InvalidParam("/", p.reason());
        };
    }

    private Problem.InvalidParam mentor(SyncItemProblem p, int m) {
        List<Integer> lines = mentorLines.get(p.index());
        return m < lines.size() ? new Problem.InvalidParam("/enrollments.csv/" + lines.get(m) + "/userSourcedId", p.reason())
                : at("classes.csv", groupLines, p, "sourcedId");
    }

    private static String usersColumn(String field) {
        return switch (field) {
            case "externalId" -> "sourcedId";
            case "eckId" -> "userIds";
            case "groupCode" -> "sourcedId";
            default -> field;
        };
    }

    private static Problem.InvalidParam at(String file, List<Integer> lines, SyncItemProblem p, String column) {
        String line = p.index() >= 0 && p.index() < lines.size() ? "/" + lines.get(p.index()) : "";
        return new Problem.InvalidParam("/" + file + line + (column.isEmpty() ? "" : "/" + column), p.reason());
    }
}
