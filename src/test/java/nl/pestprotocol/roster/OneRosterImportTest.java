package nl.pestprotocol.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.roster.RosterCalls.Answer;
import nl.pestprotocol.support.ApiTest;
import nl.pestprotocol.support.OneRosterExport;
import nl.pestprotocol.support.OneRosterExport.Layout;
import nl.pestprotocol.support.SchoolRoster;
import nl.pestprotocol.support.SchoolRoster.Pupil;
import nl.pestprotocol.support.SchoolRoster.Teacher;

/**
 * Spec §11: a OneRoster export of a school of about 1,200 pupils, in the 1.2 and in the 1.1 layout,
 * makes the same roster as the equivalent {@code POST /roster/sync}; a broken export gets one 422
 * naming every problem by file, line and column, and changes nothing.
 */
@QuarkusTest
class OneRosterImportTest extends ApiTest {

    private static final int PUPILS = 1_200;

    private static byte[] zip(SchoolRoster s, Layout layout, boolean delta) {
        return OneRosterExport.zip(OneRosterExport.files(s, layout, delta));
    }

    private static Set<String> names(Answer a) {
        return new TreeSet<>(a.json().getList("invalidParams.name", String.class));
    }

    /** The equivalent sync, as DELTA, answers that nothing would change: the import made exactly that roster. */
    private static void assertSameRosterAsTheSync(SchoolRoster s) {
        Answer same = RosterCalls.sync(s.syncBody("DELTA"), true);
        assertEquals(200, same.status(), same.body());
        for (String kind : List.of("students", "groups", "staff")) {
            assertEquals(0, same.json().getInt(kind + ".created.count"), kind + " created");
            assertEquals(List.of(), same.json().getList(kind + ".updated.ids"), kind + " updated");
        }
        assertEquals(s.pupils.size(), same.json().getInt("students.unchanged"));
        assertEquals(s.groups.size(), same.json().getInt("groups.unchanged"));
        assertEquals(s.staff.size(), same.json().getInt("staff.unchanged"));
    }

    @Test
    void aOneRoster12ExportImportsIntoTheSameRosterAsTheEquivalentSync() {
        SchoolRoster s = SchoolRoster.generate("or12", PUPILS, 12L);
        Answer a = RosterCalls.oneRoster(zip(s, Layout.V1_2, true), false);
        System.out.println("ROSTER-SYNC-FIGURES OneRoster 1.2 import, " + PUPILS + " pupils: " + a.figures());
        assertEquals(200, a.status(), a.body());
        assertEquals("DELTA", a.json().getString("mode"));
        assertEquals(PUPILS, a.json().getInt("students.created.count"));
        assertEquals(s.groups.size(), a.json().getInt("groups.created.count"));
        assertEquals(s.staff.size(), a.json().getInt("staff.created.count"));
        assertSameRosterAsTheSync(s);
        assertEquals(PUPILS, RosterCalls.count("select count(*) from student where external_id like 'Lor12-%'"
                + " and eck_id like 'https://ketenid.nl/201703/%'"), "the ECK iD is stored");
    }

    @Test
    void aOneRoster11ExportWithTheRoleInUsersCsvImportsIntoTheSameRosterToo() {
        SchoolRoster s = SchoolRoster.generate("or11", PUPILS, 11L);
        Answer a = RosterCalls.oneRoster(zip(s, Layout.V1_1, true), false);
        assertEquals(200, a.status(), a.body());
        assertEquals(PUPILS, a.json().getInt("students.created.count"));
        assertSameRosterAsTheSync(s);
    }

    @Test
    void aBulkExportIsAFullSyncAndItsDryRunAnswersWhoWouldLeaveAndChangesNothing() {
        SchoolRoster s = SchoolRoster.generate("orb", PUPILS, 7L);
        String fingerprint = RosterCalls.fingerprint();
        long atSchool = RosterCalls.count("select count(*) from student where anonymized_at is null and"
                + " not (not active and left_on is not null and left_on <= current_date)");
        Answer a = RosterCalls.oneRoster(zip(s, Layout.V1_2, false), true);
        assertEquals(200, a.status(), a.body());
        assertEquals("FULL", a.json().getString("mode"));
        assertTrue(a.json().getBoolean("dryRun"));
        assertEquals(PUPILS, a.json().getInt("students.created.count"));
        assertEquals(atSchool, a.json().getInt("students.left.count"), "every pupil at school now is missing from this export");
        assertTrue(a.json().getList("staff.left.ids").contains("mw-lc1"), "so are the demo staff");
        assertEquals(fingerprint, RosterCalls.fingerprint());
    }

    private static Answer broken(Map<String, byte[]> files) {
        String fingerprint = RosterCalls.fingerprint();
        Answer a = RosterCalls.oneRoster(OneRosterExport.zip(files), false);
        assertEquals(422, a.status(), a.body());
        assertEquals(fingerprint, RosterCalls.fingerprint(), "a refused import changes nothing");
        return a;
    }

    private static List<String> lines(Map<String, byte[]> files, String name) {
        return new ArrayList<>(Arrays.asList(new String(files.get(name), StandardCharsets.UTF_8).split("\r?\n")));
    }

    private static void put(Map<String, byte[]> files, String name, List<String> lines) {
        files.put(name, (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExportWithoutItsEnrollmentsAndRolesFilesNamesBothAndChangesNothing() {
        Map<String, byte[]> files = OneRosterExport.files(SchoolRoster.generate("orm", 60, 1L), Layout.V1_2, true);
        files.remove("enrollments.csv");
        files.remove("roles.csv");
        assertEquals(Set.of("/enrollments.csv", "/roles.csv"), names(broken(files)));
    }

    @Test
    void everyEnrollmentInAnUnknownClassIsNamedByItsLine() {
        SchoolRoster s = SchoolRoster.generate("oru", 60, 2L);
        Map<String, byte[]> files = OneRosterExport.files(s, Layout.V1_2, true);
        List<String> enrollments = lines(files, "enrollments.csv");
        String pupil = s.pupils.get(0).externalId();
        enrollments.add("enr-x1,,2026-08-20T07:00:00.000Z,cls-unknown-1,org-oru," + pupil + ",student,false,2026-08-17,");
        enrollments.add("enr-x2,,2026-08-20T07:00:00.000Z,cls-unknown-2,org-oru," + pupil + ",student,false,2026-08-17,");
        put(files, "enrollments.csv", enrollments);
        int n = enrollments.size();
        assertEquals(Set.of("/enrollments.csv/" + (n - 1) + "/classSourcedId", "/enrollments.csv/" + n + "/classSourcedId"),
                names(broken(files)));
    }

    @Test
    void everyBadDateIsNamedByFileLineAndColumn() {
        SchoolRoster s = SchoolRoster.generate("ord", 60, 3L);
        Map<String, byte[]> files = OneRosterExport.files(s, Layout.V1_2, true);
        List<String> sessions = lines(files, "academicSessions.csv");
        sessions.set(1, sessions.get(1).replace("2026-08-17,2027-07-16", "2026-13-01,2027-07-16"));
        sessions.set(3, sessions.get(3).replace("2026-11-09,2027-01-29", "2026-11-09,2026-10-01"));
        put(files, "academicSessions.csv", sessions);
        List<String> enrollments = lines(files, "enrollments.csv");
        Pupil p = s.pupils.get(0);
        enrollments.add("enr-x1,,2026-08-20T07:00:00.000Z,cls-" + p.groupCode() + ",org-ord," + p.externalId()
                + ",student,false,2026-08-17,31-07-2027");
        put(files, "enrollments.csv", enrollments);
        assertEquals(Set.of("/academicSessions.csv/2/startDate", "/academicSessions.csv/4/endDate",
                "/enrollments.csv/" + enrollments.size() + "/endDate"), names(broken(files)));
    }

    @Test
    void usersWithoutANameOrWithAUsernameOfSomeoneElseAreNamedByTheirLine() {
        SchoolRoster s = SchoolRoster.generate("orn", 60, 4L);
        Pupil p = s.pupils.get(3);
        s.pupils.set(3, new Pupil(p.externalId(), p.eckId(), p.givenName(), "", p.groupCode()));
        Teacher t = s.staff.get(5);
        s.staff.set(5, new Teacher(t.externalId(), "mentor1", t.givenName(), t.familyName(), t.departments(),
                t.supportDepartments()));
        Answer a = broken(OneRosterExport.files(s, Layout.V1_2, true));
        // users.csv lists the pupils first (lines 2 …), then the staff
        assertEquals(Set.of("/users.csv/5/familyName", "/users.csv/" + (s.pupils.size() + 2 + 5) + "/username"), names(a));
    }

    @Test
    void anArchiveThatIsNoZipOrBreaksABoundIsRefusedBeforeAnythingIsRead() throws IOException {
        String fingerprint = RosterCalls.fingerprint();
        assertEquals(422, RosterCalls.oneRoster("sourcedId,name\n".getBytes(StandardCharsets.UTF_8), false).status());
        assertEquals(422, RosterCalls.oneRoster(rawZip(Map.of("../users.csv", new byte[] { 'x' })), false).status(), "zip slip");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("extra-" + i + ".txt", new byte[] { 'x' });
        }
        assertEquals(422, RosterCalls.oneRoster(rawZip(many), false).status(), "too many entries");
        Answer bomb = RosterCalls.oneRoster(zeros("users.csv", 300L * 1024 * 1024), false);
        assertEquals(422, bomb.status(), "a zip bomb");
        assertTrue(bomb.json().getString("invalidParams[0].reason").startsWith("inflates to more"));
        assertEquals(fingerprint, RosterCalls.fingerprint());
    }

    private static byte[] rawZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** One entry of {@code size} zero bytes: a few hundred KiB that inflate to hundreds of MiB. */
    private static byte[] zeros(String name, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1024 * 1024];
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
