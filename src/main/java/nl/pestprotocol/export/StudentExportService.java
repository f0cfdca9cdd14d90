package nl.pestprotocol.export;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilExport;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.export.ExportDtos.StudentExport;
import nl.pestprotocol.export.ExportDtos.Subject;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRepository;

/**
 * What is recorded about one pupil and concerns them, for the right of access (AVG art. 15, spec
 * §10): the cases that name them, and of each case what every kind of record holds about them
 * ({@link CaseRecords#export}); nothing that concerns only another pupil (art. 15(4)). Other pupils
 * are pseudonymised; free text is returned as recorded, so the coordinator reads it before handing over.
 */
@ApplicationScoped
public class StudentExportService {

    static final String NOTICE = "Right of access (AVG art. 15). This export holds what concerns this pupil: the cases"
            + " that name them, and of each only the records about them or about the case as a whole. Other pupils are"
            + " replaced by pseudonyms that are stable within this export. Free-text fields are returned as recorded and"
            + " may still name other people: the ondersteuningscoördinator reads and redacts them before handing this"
            + " export to the pupil or parents.";

    private final StudentRepository students;
    private final CaseAccess access;
    private final Instance<CaseRecords> records;
    private final People people;

    public StudentExportService(StudentRepository students, CaseAccess access, Instance<CaseRecords> records, People people) {
        this.students = students;
        this.access = access;
        this.records = records;
        this.people = people;
    }

    public StudentExport export(String externalId) {
        Student subject = students.findByExternalId(externalId)
                .orElseThrow(() -> ApiException.notFound("Student " + Problem.echo(externalId)));
        List<CaseRecords> kinds = records.stream()
                .sorted(Comparator.comparingInt(CaseRecords::exportOrder).thenComparing(CaseRecords::name)).toList();
        Set<UUID> caseIds = new HashSet<>();
        for (CaseRecords kind : kinds) {
            caseIds.addAll(kind.casesNaming(List.of(subject.id)).getOrDefault(subject.id, Set.of()));
        }
        access.readAll(caseIds);
        PupilExport export = new PupilExport(subject.id, subject.externalId, subject.displayName(), caseIds, staffNames());
        kinds.forEach(kind -> kind.export(export));
        return new StudentExport(new Subject(subject.externalId, subject.displayName(), subject.groupCode), access.now(),
                NOTICE, export.cases());
    }

    private Map<UUID, String> staffNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        people.allStaff().forEach(s -> names.put(s.id, s.displayName()));
        return names;
    }
}
