package nl.pestprotocol.roster.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;

/** The parts of the OneRoster import that need no server: userIds, CSV quoting, the zip guard. */
class OneRosterPartsTest {

    @Test
    void theEckIdIsTheEntryOfTypeEckInUserIdsWhateverItsCaseOrPlace() {
        assertEquals("https://ketenid.nl/201703/ab12", OneRosterMapping.eckId("{LAS:4711},{ECK:https://ketenid.nl/201703/ab12}"));
        assertEquals("x-1", OneRosterMapping.eckId("{ eckId : x-1 }"));
        assertNull(OneRosterMapping.eckId("{LAS:4711}"));
        assertNull(OneRosterMapping.eckId(null));
    }

    @Test
    void csvColumnsAreFoundByNameInAnyCaseAndQuotedFieldsKeepTheirCommas() {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        byte[] csv = "\uFEFFSourcedId,FAMILYNAME,userIds\r\nu1,\"Bakker, de\",\"{ECK:a},{LAS:b}\"\r\n".getBytes(StandardCharsets.UTF_8);
        CsvTable t = CsvTable.parse("users.csv", csv, problems);
        assertEquals(List.of(), problems);
        assertEquals("u1", t.get(t.rows.get(0), "sourcedId"));
        assertEquals("Bakker, de", t.get(t.rows.get(0), "familyName"));
        assertEquals("{ECK:a},{LAS:b}", t.get(t.rows.get(0), "userIds"));
        assertEquals(2, t.rows.get(0).line());
    }

    @Test
    void aFileThatIsNotCsvIsAProblemNamingWhereItBreaks() {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        CsvTable.parse("orgs.csv", "sourcedId,name\r\no1,\"unclosed\r\n".getBytes(StandardCharsets.UTF_8), problems);
        assertEquals(1, problems.size());
        assertEquals("/orgs.csv/2", problems.get(0).name());
    }

    @Test
    void entryNamesThatPointOutsideTheArchiveAreRefused() throws IOException {
        for (String name : List.of("../users.csv", "/etc/users.csv", "a\\..\\users.csv", "C:users.csv")) {
            ApiException e = assertThrows(ApiException.class, () -> OneRosterZip.unpack(zip(name, new byte[] { 'x' })), name);
            assertEquals(422, e.status);
        }
    }

    @Test
    void onlyTheSevenOneRosterFilesAreKeptAndAFolderInTheArchiveIsFine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("export/users.csv", "export/courses.csv", "export/orgs.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertEquals(java.util.Set.of("users.csv", "orgs.csv"), OneRosterZip.unpack(out.toByteArray()).keySet());
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
