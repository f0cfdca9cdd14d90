package nl.pestprotocol.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.support.ApiTest;

/**
 * Spec §10: every table that holds case data is covered by retention and by the export, proven by
 * listing the tables from the database catalogue. A table holds case data when it is the case
 * table ({@code bullying_case}), has a column {@code case_id}, or has a foreign key to a table that
 * holds case data (so {@code incident_student}, which reaches a case through {@code incident}, does too). Covered means: exactly one feature's
 * {@link CaseRecords} declares it in {@link CaseRecords#tables()}, and so removes its personal content
 * in {@link CaseRecords#anonymise} and decides what of it a pupil's export holds. (The roster tables a
 * case points to, {@code student} and {@code staff}, hold no case data; a leaver's own record is
 * covered by the leaver rule, see {@code RetentionTest}.)
 */
@QuarkusTest
class CatalogueCoverageTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    Instance<CaseRecords> records;

    /** The tables of the current schema holding case data, by the criterion of the class comment. */
    static Set<String> caseDataTables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                with recursive case_data(oid) as (
                    select cast('bullying_case' as regclass)::oid
                  union
                    select a.attrelid from pg_attribute a join pg_class t on t.oid = a.attrelid
                    where a.attname = 'case_id' and not a.attisdropped and t.relkind in ('r', 'p')
                      and t.relnamespace = cast(current_schema() as regnamespace)
                  union
                    select k.conrelid from pg_constraint k join case_data d on d.oid = k.confrelid
                    where k.contype = 'f')
                select distinct cast(oid as regclass)::text from case_data""")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    /** Table → the features declaring it. */
    private Map<String, Set<String>> declared() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (CaseRecords kind : records) {
            kind.tables().forEach(t -> owners.computeIfAbsent(t, x -> new TreeSet<>()).add(kind.name()));
        }
        return owners;
    }

    /** The tables holding case data that no feature covers. */
    private Set<String> uncovered(Connection c) throws SQLException {
        Set<String> missing = caseDataTables(c);
        missing.removeAll(declared().keySet());
        return missing;
    }

    @Test
    void everyTableHoldingCaseDataIsCoveredByRetentionAndExport() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Set<String> caseData = caseDataTables(c);
            assertTrue(caseData.containsAll(Set.of("bullying_case", "incident", "incident_student", "audit_entry",
                    "timeline_event")), () -> "the catalogue query finds case data: " + caseData);
            assertEquals(Set.of(), uncovered(c), "tables of case data that no CaseRecords covers");
            Set<String> stale = new TreeSet<>(declared().keySet());
            stale.removeAll(caseData);
            assertEquals(Set.of(), stale, "declared tables that do not exist or hold no case data");
        }
    }

    @Test
    void everyTableIsOwnedByExactlyOneFeature() {
        Map<String, Set<String>> owners = declared();
        owners.forEach((table, kinds) -> assertEquals(1, kinds.size(), () -> table + " is declared by " + kinds));
        Set<String> names = new TreeSet<>();
        records.forEach(r -> assertTrue(names.add(r.name()), () -> "two features are named " + r.name()));
    }

    @Test
    void aNewCaseRecordTableWithoutCoverageMakesTheCheckFail() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table x_case_note (id uuid primary key, case_id uuid not null references bullying_case (id),"
                    + " note text)");
            s.execute("create table x_case_note_reader (note_id uuid not null references x_case_note (id), student_id uuid)");
            try {
                assertEquals(Set.of("x_case_note", "x_case_note_reader"), uncovered(c),
                        "a new table with case_id, and one reaching it by foreign key, are reported");
            } finally {
                s.execute("drop table x_case_note_reader");
                s.execute("drop table x_case_note");
            }
            assertEquals(Set.of(), uncovered(c));
        }
    }
}
