package nl.pestprotocol.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.pestprotocol.support.SchoolRoster.Klas;
import nl.pestprotocol.support.SchoolRoster.Pupil;
import nl.pestprotocol.support.SchoolRoster.Teacher;

/**
 * A {@link SchoolRoster} as a student record system exports it in OneRoster CSV: 1.2 (roles in
 * roles.csv) or 1.1 (one role in users.csv), bulk or delta. Besides what the roster needs it has what
 * real exports have: a scheduled (subject) class per group with its own teacher and pupils, a
 * second, non-primary teacher in some homerooms, terms under the school year, quoted userIds lists.
 */
public final class OneRosterExport {

    public enum Layout {
        V1_2, V1_1
    }

    private static final String STAMP = "2026-08-20T07:00:00.000Z";

    private OneRosterExport() {
    }

    public static Map<String, byte[]> files(SchoolRoster s, Layout layout, boolean delta) {
        String t = s.tag;
        String school = "org-" + t;
        String year = "as-" + t + "-2026";
        Map<String, String> deptOrg = new LinkedHashMap<>();
        for (Klas k : s.groups) {
            deptOrg.putIfAbsent(k.department(), "org-" + t + "-" + deptOrg.size());
        }
        // a small school may have no group of a department its coordinators coordinate; the org is there all the same
        s.staff.forEach(x -> java.util.stream.Stream.concat(x.departments().stream(), x.supportDepartments().stream())
                .forEach(d -> deptOrg.putIfAbsent(d, "org-" + t + "-" + deptOrg.size())));
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder("propertyName,value\nmanifest.version,1.0\n");
        manifest.append("oneroster.version,").append(layout == Layout.V1_2 ? "1.2" : "1.1").append('\n');
        for (String f : List.of("academicSessions", "classes", "enrollments", "orgs", "users")) {
            manifest.append("file.").append(f).append(',').append(delta ? "delta" : "bulk").append('\n');
        }
        manifest.append("file.roles,").append(layout == Layout.V1_2 ? (delta ? "delta" : "bulk") : "absent").append('\n');
        manifest.append("file.courses,absent\nfile.demographics,absent\nsource.systemName,Testexport\nsource.systemCode,test\n");
        files.put("manifest.csv", bytes(manifest));

        StringBuilder orgs = new StringBuilder("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
        row(orgs, school, "", STAMP, "Het Baken College, " + t, "school", "12AB", "");
        deptOrg.forEach((dept, id) -> row(orgs, id, "", STAMP, "Afdeling " + dept, "department", dept, school));
        files.put("orgs.csv", bytes(orgs));

        StringBuilder sessions = new StringBuilder(
                "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\n");
        row(sessions, year, "", STAMP, "Schooljaar 2026-2027", "schoolYear", "2026-08-17", "2027-07-16", "", "2027");
        String[][] terms = { { "2026-08-17", "2026-11-06" }, { "2026-11-09", "2027-01-29" }, { "2027-02-01", "2027-04-23" },
                { "2027-04-26", "2027-07-16" } };
        List<String> termIds = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            termIds.add(year + "-p" + (i + 1));
            row(sessions, year + "-p" + (i + 1), "", STAMP, "Periode " + (i + 1), "term", terms[i][0], terms[i][1], year, "2027");
        }
        files.put("academicSessions.csv", bytes(sessions));

        StringBuilder classes = new StringBuilder("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
                + "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n");
        StringBuilder enrollments = new StringBuilder(
                "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\n");
        int[] enrollment = { 0 };
        List<Teacher> subjectTeachers = s.staff.stream().filter(x -> x.departments().isEmpty() && x.supportDepartments().isEmpty()
                && s.groups.stream().noneMatch(k -> k.mentors().contains(x.externalId()))).toList();
        for (int g = 0; g < s.groups.size(); g++) {
            Klas k = s.groups.get(g);
            String home = "cls-" + k.code();
            String subject = "cls-" + k.code() + "-ne";
            String code = k.code();
            row(classes, home, "", STAMP, "Stamgroep " + code, grade(k.year()), "crs-" + t + "-mentoruur", code, "homeroom",
                    "lokaal " + (100 + g), deptOrg.get(k.department()), String.join(",", termIds), "", "", "");
            row(classes, subject, "", STAMP, "Nederlands " + code, grade(k.year()), "crs-" + t + "-ne", "ne-" + code, "scheduled",
                    "lokaal " + (100 + g), deptOrg.get(k.department()), String.join(",", termIds), "Nederlands", "", "1");
            for (String m : k.mentors()) {
                row(enrollments, "enr-" + t + "-" + ++enrollment[0], "", STAMP, home, school, m, "teacher", "true", "2026-08-17", "");
            }
            Teacher other = subjectTeachers.isEmpty() ? null : subjectTeachers.get(g % subjectTeachers.size());
            if (other != null) {
                row(enrollments, "enr-" + t + "-" + ++enrollment[0], "", STAMP, subject, school, other.externalId(), "teacher", "true",
                        "2026-08-17", "");
                if (g % 3 == 0) {
                    row(enrollments, "enr-" + t + "-" + ++enrollment[0], "", STAMP, home, school, other.externalId(), "teacher",
                            "false", "2026-08-17", "");
                }
            }
        }
        for (Pupil p : s.pupils) {
            row(enrollments, "enr-" + t + "-" + ++enrollment[0], "", STAMP, "cls-" + p.groupCode(), school, p.externalId(),
                    "student", "false", "2026-08-17", "");
            row(enrollments, "enr-" + t + "-" + ++enrollment[0], "", STAMP, "cls-" + p.groupCode() + "-ne", school, p.externalId(),
                    "student", "false", "2026-08-17", "");
        }
        files.put("classes.csv", bytes(classes));
        files.put("enrollments.csv", bytes(enrollments));
        users(files, s, layout, school, deptOrg);
        return files;
    }

    private static void users(Map<String, byte[]> files, SchoolRoster s, Layout layout, String school,
            Map<String, String> deptOrg) {
        boolean v12 = layout == Layout.V1_2;
        StringBuilder users = new StringBuilder(v12
                ? "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,"
                        + "sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,"
                        + "preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns\n"
                : "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,"
                        + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n");
        StringBuilder roles = new StringBuilder("sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,"
                + "orgSourcedId,userProfileSourcedId\n");
        int[] n = { 0 };
        for (Pupil p : s.pupils) {
            String userIds = "{ECK:" + p.eckId() + "},{LAS:" + p.externalId().substring(1) + "}";
            String user = p.externalId().toLowerCase() + "@leerling.example.nl";
            if (v12) {
                row(users, p.externalId(), "", STAMP, "true", user, userIds, p.givenName(), p.familyName(), "", p.externalId(), user,
                        "", "", "", "", "", "", "", "", "", "", school, "");
                row(roles, "rol-" + s.tag + "-" + ++n[0], "", STAMP, p.externalId(), "primary", "student", "2026-08-17", "", school, "");
            } else {
                row(users, p.externalId(), "", STAMP, "true", school, "student", user, userIds, p.givenName(), p.familyName(), "",
                        p.externalId(), user, "", "", "", "", "");
            }
        }
        for (Teacher t : s.staff) {
            String email = t.username() + "@example.nl";
            List<String[]> extra = new ArrayList<>();
            t.departments().forEach(d -> extra.add(new String[] { "administrator", deptOrg.get(d) }));
            t.supportDepartments().forEach(d -> extra.add(new String[] { "counselor", deptOrg.get(d) }));
            if (v12) {
                row(users, t.externalId(), "", STAMP, "true", t.username(), "", t.givenName(), t.familyName(), "", t.externalId(),
                        email, "", "", "", "", "", "", "", "", "", "", school, "");
                row(roles, "rol-" + s.tag + "-" + ++n[0], "", STAMP, t.externalId(), "primary", "teacher", "2026-08-01", "", school, "");
                for (String[] e : extra) {
                    row(roles, "rol-" + s.tag + "-" + ++n[0], "", STAMP, t.externalId(), "secondary", e[0], "2026-08-01", "", e[1], "");
                }
            } else {
                // 1.1 has one role a user: a coordinator is exported as such, at the orgs they coordinate
                String role = extra.isEmpty() ? "teacher" : extra.get(0)[0];
                String orgs = extra.isEmpty() ? school : String.join(",", extra.stream().map(e -> e[1]).toList());
                row(users, t.externalId(), "", STAMP, "true", orgs, role, t.username(), "", t.givenName(), t.familyName(), "",
                        t.externalId(), email, "", "", "", "", "");
            }
        }
        files.put("users.csv", bytes(users));
        if (v12) {
            files.put("roles.csv", bytes(roles));
        }
    }

    private static String grade(int year) {
        return String.format("%02d", year + 6);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                f = "\"" + f.replace("\"", "\"\"") + "\"";
            }
            out.append(i == 0 ? "" : ",").append(f);
        }
        out.append("\r\n");
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
