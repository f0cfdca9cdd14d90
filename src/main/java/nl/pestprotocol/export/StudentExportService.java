package nl.pestprotocol.export;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.agreements.AgreementRepository;
import nl.pestprotocol.analysis.Analysis;
import nl.pestprotocol.analysis.AnalysisRepository;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.CaseRepository;
import nl.pestprotocol.cases.IncidentRepository;
import nl.pestprotocol.cases.Involvement;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.conversations.ConversationRepository;
import nl.pestprotocol.evaluation.SignOffRepository;
import nl.pestprotocol.export.ExportDtos.ActionExport;
import nl.pestprotocol.export.ExportDtos.AgreementExport;
import nl.pestprotocol.export.ExportDtos.AnalysisExport;
import nl.pestprotocol.export.ExportDtos.CaseExport;
import nl.pestprotocol.export.ExportDtos.ConversationExport;
import nl.pestprotocol.export.ExportDtos.EventExport;
import nl.pestprotocol.export.ExportDtos.IncidentExport;
import nl.pestprotocol.export.ExportDtos.Involved;
import nl.pestprotocol.export.ExportDtos.MeasureExport;
import nl.pestprotocol.export.ExportDtos.SignOffExport;
import nl.pestprotocol.export.ExportDtos.StudentExport;
import nl.pestprotocol.export.ExportDtos.Subject;
import nl.pestprotocol.measures.MeasureRepository;
import nl.pestprotocol.plan.PlanActionRepository;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRepository;
import nl.pestprotocol.timeline.TimelineRepository;

/**
 * Everything recorded about one pupil, for the right of access (AVG art. 15). Other pupils are
 * pseudonymised; free text is returned as recorded, so the coordinator redacts before handing over.
 */
@ApplicationScoped
public class StudentExportService {

    static final String NOTICE = "Right of access (AVG art. 15). Other pupils are replaced by pseudonyms that are stable"
            + " within this export. Free-text fields are returned as recorded and may still name other people: the"
            + " ondersteuningscoördinator redacts them before handing this export to the pupil or parents.";

    private final StudentRepository students;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final IncidentRepository incidents;
    private final AnalysisRepository analyses;
    private final PlanActionRepository actions;
    private final ConversationRepository conversations;
    private final AgreementRepository agreements;
    private final SignOffRepository signOffs;
    private final MeasureRepository measures;
    private final TimelineRepository timeline;
    private final People people;
    private final EntityManager em;

    public StudentExportService(StudentRepository students, CaseRepository cases, CaseAccess access,
            IncidentRepository incidents, AnalysisRepository analyses, PlanActionRepository actions,
            ConversationRepository conversations, AgreementRepository agreements, SignOffRepository signOffs,
            MeasureRepository measures, TimelineRepository timeline, People people, EntityManager em) {
        this.students = students;
        this.cases = cases;
        this.access = access;
        this.incidents = incidents;
        this.analyses = analyses;
        this.actions = actions;
        this.conversations = conversations;
        this.agreements = agreements;
        this.signOffs = signOffs;
        this.measures = measures;
        this.timeline = timeline;
        this.people = people;
        this.em = em;
    }

    public StudentExport export(String externalId) {
        Student subject = students.findByExternalId(externalId)
                .orElseThrow(() -> ApiException.notFound("Student " + Problem.echo(externalId)));
        @SuppressWarnings("unchecked")
        List<UUID> caseIds = em.createNativeQuery("select i.case_id from involvement i join bullying_case c on c.id = i.case_id"
                + " where i.student_id = :s order by c.opened_at, c.id").setParameter("s", subject.id).getResultList();
        access.readAll(caseIds);
        Pseudonyms names = new Pseudonyms(subject.id, subject.displayName());
        Map<UUID, String> staff = new StaffNames(people).names;
        List<CaseExport> exported = caseIds.stream().map(cases::findById).map(c -> caseExport(c, names, staff)).toList();
        return new StudentExport(new Subject(subject.externalId, subject.displayName(), subject.groupCode), access.now(),
                NOTICE, exported);
    }

    private CaseExport caseExport(BullyingCase c, Pseudonyms names, Map<UUID, String> staff) {
        List<Involved> involved = c.involvements.stream()
                .sorted(Comparator.comparing((Involvement i) -> i.addedAt).thenComparing(i -> i.studentId))
                .map(i -> new Involved(names.of(i.studentId), i.role.name())).toList();
        List<IncidentExport> incidentList = incidents.ofCase(c.id).stream().map(i -> new IncidentExport(i.occurredAt,
                i.reportedAt, i.reporterType.name(), i.reporterName, i.location, names(i.forms), i.description,
                labels(i.studentIds, names))).toList();
        Analysis a = analyses.findById(c.id);
        AnalysisExport analysis = a == null ? null : new AnalysisExport(a.severity.name(), a.how, names(a.forms), a.groupRole,
                a.since, a.duration, a.previousInterventions, a.recordedAt);
        List<ActionExport> actionList = actions.ofCase(c.id).stream().map(x -> new ActionExport(x.term.name(), x.track.name(),
                x.description, staff.get(x.assigneeId), labels(x.studentIds, names), x.dueOn, x.status.name())).toList();
        List<ConversationExport> conversationList = conversations.ofCase(c.id).stream().map(x -> new ConversationExport(
                x.type.name(), x.heldAt, staff.get(x.conductedById), labels(x.studentIds, names), x.otherParticipants, x.notes,
                x.guideAnswers, x.safetyAssessed, x.followUpOn)).toList();
        List<AgreementExport> agreementList = agreements.ofCase(c.id).stream().map(x -> new AgreementExport(x.description,
                labels(x.partyIds, names), x.reviewOn, x.status.name(), x.communicatedToStudentsAt, x.communicatedToParentsAt,
                x.recordedInSomAt)).toList();
        List<SignOffExport> signOffList = signOffs.ofCase(c.id).stream().map(x -> new SignOffExport(x.round,
                staff.get(x.staffId), x.signedAs.name(), x.outcome.name(), x.notes, x.signedAt)).toList();
        List<MeasureExport> measureList = measures.ofCase(c.id).stream().map(x -> new MeasureExport(x.type.name(),
                names.of(x.studentId), x.startOn, x.schoolDays, x.endOn, x.reason, x.parentsHeardOn,
                x.parentsNotifiedInWritingAt, x.inspectieNotifiedAt, x.leerplichtNotifiedAt)).toList();
        List<EventExport> events = timeline.ofCase(c.id).stream().map(e -> new EventExport(e.type, e.occurredAt,
                staff.get(e.actorId), pseudonymised(e.data, names))).toList();
        return new CaseExport(c.id.toString(), c.summary, c.step.name(), c.level.name(), names(c.forms), c.openedAt, c.closedAt,
                c.closeReason, involved, incidentList, analysis, actionList, conversationList, agreementList, signOffList,
                measureList, events);
    }

    /** Timeline data names pupils by internal id; those become the export's pseudonyms. */
    private static Map<String, Object> pseudonymised(Map<String, Object> data, Pseudonyms names) {
        if (data == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>(data);
        Object student = out.remove("studentId");
        if (student != null) {
            out.put("student", names.of(UUID.fromString(student.toString())));
        }
        return out;
    }

    private static List<String> labels(Collection<UUID> ids, Pseudonyms names) {
        return ids.stream().sorted().map(names::of).toList();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** Staff keep their names: they acted for the school. */
    private static final class StaffNames {
        final Map<UUID, String> names = new LinkedHashMap<>();

        StaffNames(People people) {
            people.allStaff().forEach((Staff s) -> names.put(s.id, s.displayName()));
        }
    }
}
