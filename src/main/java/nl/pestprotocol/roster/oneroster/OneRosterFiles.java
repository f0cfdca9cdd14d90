package nl.pestprotocol.roster.oneroster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.pestprotocol.common.Problem;

/**
 * The rows of a OneRoster 1.2 (or 1.1) CSV export that the roster needs, each checked on its own:
 * required columns and values, vocabularies, dates and references to other files. The checks of
 * single values are {@link CellChecks}; this class knows which file holds which columns.
 */
final class OneRosterFiles {

    record Org(String id, String name, String type, String identifier, String parentId) {
    }

    record Session(String id, String type, LocalDate startDate, LocalDate endDate, String schoolYear, String parentId) {
    }

    record Clazz(String id, String title, String classCode, String classType, String orgId, List<String> termIds, int line) {
    }

    record User(String id, String username, String givenName, String familyName, String userIds, boolean enabled,
            boolean toBeDeleted, int line) {
    }

    /** A role of a user at an org (roles.csv in 1.2; {@code role} and {@code orgSourcedIds} of users.csv in 1.1). */
    record UserRole(String userId, String role, String orgId) {
    }

    record Enrollment(String classId, String userId, String role, boolean primary, LocalDate endDate, int line) {
    }

    static final Set<String> SESSION_TYPES = Set.of("schoolyear", "term", "semester", "gradingperiod");
    static final Set<String> CLASS_TYPES = Set.of("homeroom", "scheduled");

    final List<Problem.InvalidParam> problems = new ArrayList<>();
    private final CellChecks check = new CellChecks(problems);
    final Map<String, Org> orgs = new HashMap<>();
    final Map<String, Session> sessions = new HashMap<>();
    final Map<String, Clazz> classes = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final List<UserRole> roles = new ArrayList<>();
    final List<Enrollment> enrollments = new ArrayList<>();
    String version;
    boolean delta;

    /** Reads what the files hold; problems are collected, nothing is thrown. */
    static OneRosterFiles read(Map<String, byte[]> files) {
        OneRosterFiles f = new OneRosterFiles();
        Map<String, CsvTable> tables = new HashMap<>();
        for (String name : List.of("manifest.csv", "orgs.csv", "academicSessions.csv", "classes.csv", "users.csv",
                "enrollments.csv", "roles.csv")) {
            if (files.containsKey(name)) {
                CsvTable t = CsvTable.parse(name, files.get(name), f.problems);
                if (t != null) {
                    tables.put(name, t);
                }
            }
        }
        CsvTable users = tables.get("users.csv");
        boolean layout11 = users != null && users.has("role");
        for (String name : List.of("manifest.csv", "orgs.csv", "academicSessions.csv", "classes.csv", "users.csv",
                "enrollments.csv")) {
            f.requireFile(files, name);
        }
        if (!layout11 && users != null) {
            f.requireFile(files, "roles.csv");
        }
        f.manifest(tables.get("manifest.csv"), layout11);
        f.orgs(tables.get("orgs.csv"));
        f.sessions(tables.get("academicSessions.csv"));
        f.classes(tables.get("classes.csv"));
        f.users(users, layout11);
        if (!layout11) {
            f.roles(tables.get("roles.csv"));
        }
        f.enrollments(tables.get("enrollments.csv"));
        return f;
    }

    private void requireFile(Map<String, byte[]> files, String name) {
        if (!files.containsKey(name)) {
            problems.add(new Problem.InvalidParam("/" + name, "is missing from the archive"));
        }
    }

    private void manifest(CsvTable t, boolean layout11) {
        if (t == null || !t.requireColumns(problems, "propertyName", "value")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            String name = t.get(r, "propertyName");
            String value = t.get(r, "value");
            if ("oneroster.version".equalsIgnoreCase(name)) {
                version = value;
                if (!"1.2".equals(value) && !"1.1".equals(value)) {
                    check.add(t, r, "value", "must be OneRoster version 1.2 or 1.1");
                }
            } else if ("file.users".equalsIgnoreCase(name)) {
                if (!"bulk".equalsIgnoreCase(value) && !"delta".equalsIgnoreCase(value)) {
                    check.add(t, r, "value", "must be bulk or delta (users.csv is needed)");
                }
                delta = "delta".equalsIgnoreCase(value);
            }
        }
        if (version == null) {
            problems.add(new Problem.InvalidParam("/manifest.csv", "has no oneroster.version"));
        } else if ("1.2".equals(version) && layout11) {
            problems.add(new Problem.InvalidParam("/users.csv/1", "has the 1.1 column role, but the manifest says version 1.2"));
        }
    }

    private void orgs(CsvTable t) {
        if (t == null || !t.requireColumns(problems, "sourcedId", "name", "type")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            if (CellChecks.deleted(t, r)) {
                continue;
            }
            String id = check.required(t, r, "sourcedId");
            String name = check.required(t, r, "name");
            String type = check.required(t, r, "type");
            if (id != null && orgs.putIfAbsent(id, new Org(id, name, type == null ? "" : type.toLowerCase(Locale.ROOT),
                    t.get(r, "identifier"), t.get(r, "parentSourcedId"))) != null) {
                check.add(t, r, "sourcedId", "appears more than once in orgs.csv");
            }
        }
    }

    private void sessions(CsvTable t) {
        if (t == null || !t.requireColumns(problems, "sourcedId", "type", "startDate", "endDate")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            if (CellChecks.deleted(t, r)) {
                continue;
            }
            String id = check.required(t, r, "sourcedId");
            String type = check.required(t, r, "type");
            if (type != null && !SESSION_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                check.add(t, r, "type", "must be schoolYear, term, semester or gradingPeriod");
            }
            LocalDate start = check.date(t, r, "startDate", true);
            LocalDate end = check.date(t, r, "endDate", true);
            if (start != null && end != null && end.isBefore(start)) {
                check.add(t, r, "endDate", "is before startDate");
            }
            String year = t.get(r, "schoolYear");
            if (year != null && !year.matches("\\d{4}")) {
                check.add(t, r, "schoolYear", "must be a year like 2027 (the year the school year ends)");
                year = null;
            }
            if (id != null && sessions.putIfAbsent(id, new Session(id, type == null ? "" : type.toLowerCase(Locale.ROOT), start,
                    end, year, t.get(r, "parentSourcedId"))) != null) {
                check.add(t, r, "sourcedId", "appears more than once in academicSessions.csv");
            }
        }
    }

    private void classes(CsvTable t) {
        if (t == null || !t.requireColumns(problems, "sourcedId", "title", "classType", "schoolSourcedId", "termSourcedIds")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            if (CellChecks.deleted(t, r)) {
                continue;
            }
            String id = check.required(t, r, "sourcedId");
            String title = check.required(t, r, "title");
            String type = check.required(t, r, "classType");
            if (type != null && !CLASS_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                check.add(t, r, "classType", "must be homeroom or scheduled");
            }
            String org = check.required(t, r, "schoolSourcedId");
            if (org != null && !orgs.containsKey(org)) {
                check.add(t, r, "schoolSourcedId", "names no org in orgs.csv");
            }
            List<String> terms = CellChecks.list(t.get(r, "termSourcedIds"));
            if (terms.isEmpty()) {
                check.add(t, r, "termSourcedIds", "is required");
            }
            terms.stream().filter(s -> !sessions.containsKey(s)).findFirst()
                    .ifPresent(s -> check.add(t, r, "termSourcedIds", "names no session in academicSessions.csv"));
            if (id != null && classes.putIfAbsent(id, new Clazz(id, title, t.get(r, "classCode"),
                    type == null ? "" : type.toLowerCase(Locale.ROOT), org, terms, r.line())) != null) {
                check.add(t, r, "sourcedId", "appears more than once in classes.csv");
            }
        }
    }

    private void users(CsvTable t, boolean layout11) {
        if (t == null || !t.requireColumns(problems, "sourcedId", "username", "givenName", "familyName")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            boolean gone = CellChecks.deleted(t, r);
            if (gone && !delta) {
                continue;
            }
            String id = check.required(t, r, "sourcedId");
            String enabled = check.trueOrFalse(t, r, "enabledUser");
            if (id == null) {
                continue;
            }
            if (users.putIfAbsent(id, new User(id, t.get(r, "username"), t.get(r, "givenName"), t.get(r, "familyName"),
                    t.get(r, "userIds"), !"false".equalsIgnoreCase(enabled), gone, r.line())) != null) {
                check.add(t, r, "sourcedId", "appears more than once in users.csv");
                continue;
            }
            if (layout11) {
                String role = check.required(t, r, "role");
                List<String> userOrgs = CellChecks.list(t.get(r, "orgSourcedIds"));
                userOrgs.stream().filter(o -> !orgs.containsKey(o)).findFirst()
                        .ifPresent(o -> check.add(t, r, "orgSourcedIds", "names no org in orgs.csv"));
                if (role != null) {
                    if (userOrgs.isEmpty()) {
                        roles.add(new UserRole(id, role.toLowerCase(Locale.ROOT), null));
                    }
                    userOrgs.forEach(o -> roles.add(new UserRole(id, role.toLowerCase(Locale.ROOT), o)));
                }
            }
        }
    }

    private void roles(CsvTable t) {
        if (t == null || !t.requireColumns(problems, "userSourcedId", "role", "orgSourcedId")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            if (CellChecks.deleted(t, r)) {
                continue;
            }
            String user = check.required(t, r, "userSourcedId");
            String role = check.required(t, r, "role");
            String org = check.required(t, r, "orgSourcedId");
            check.mustName(t, r, "userSourcedId", user, users, "user in users.csv");
            check.mustName(t, r, "orgSourcedId", org, orgs, "org in orgs.csv");
            String roleType = t.get(r, "roleType");
            if (roleType != null && !roleType.equalsIgnoreCase("primary") && !roleType.equalsIgnoreCase("secondary")) {
                check.add(t, r, "roleType", "must be primary or secondary");
            }
            check.endOfPeriod(t, r);
            if (user != null && role != null) {
                roles.add(new UserRole(user, role.toLowerCase(Locale.ROOT), org));
            }
        }
    }

    private void enrollments(CsvTable t) {
        if (t == null || !t.requireColumns(problems, "classSourcedId", "userSourcedId", "role")) {
            return;
        }
        for (CsvTable.Row r : t.rows) {
            if (CellChecks.deleted(t, r)) {
                continue;
            }
            String clazz = check.required(t, r, "classSourcedId");
            String user = check.required(t, r, "userSourcedId");
            String role = check.required(t, r, "role");
            check.mustName(t, r, "classSourcedId", clazz, classes, "class in classes.csv");
            check.mustName(t, r, "userSourcedId", user, users, "user in users.csv");
            String primary = check.trueOrFalse(t, r, "primary");
            LocalDate end = check.endOfPeriod(t, r);
            if (clazz != null && user != null && role != null) {
                enrollments.add(new Enrollment(clazz, user, role.toLowerCase(Locale.ROOT), "true".equalsIgnoreCase(primary), end,
                        r.line()));
            }
        }
    }
}
