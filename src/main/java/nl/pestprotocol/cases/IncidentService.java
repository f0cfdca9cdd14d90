package nl.pestprotocol.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.cases.CaseDtos.IncidentInput;
import nl.pestprotocol.cases.CaseDtos.IncidentView;
import nl.pestprotocol.cases.CaseDtos.StudentRoleInput;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.Instants;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.timeline.Timeline;

/**
 * Logging incidents (meldingen). A new incident on a case past SIGNALEREN is herhaling: the level
 * goes up by one, and a closed case reopens at ANALYSEREN (spec §5).
 */
@ApplicationScoped
public class IncidentService {

    private final CaseAccess access;
    private final IncidentRepository incidents;
    private final EscalationService escalation;
    private final People people;
    private final Timeline timeline;

    public IncidentService(CaseAccess access, IncidentRepository incidents, EscalationService escalation, People people,
            Timeline timeline) {
        this.access = access;
        this.incidents = incidents;
        this.escalation = escalation;
        this.people = people;
        this.timeline = timeline;
    }

    @Transactional
    public IncidentView log(UUID caseId, IncidentInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.INCIDENT);
        List<Student> students = people.students(in.students().stream().map(StudentRoleInput::studentId).toList(), "students");
        for (int i = 0; i < students.size(); i++) {
            // a pupil already involved may still be named after they left; a new one does not join (spec §3)
            if (c.involvementOf(students.get(i).id).isEmpty() && InvolvementRules.hasLeft(students.get(i), access.today())) {
                throw InvolvementRules.leftSchool(students.get(i), "students[" + i + "]");
            }
        }
        InvolvementRules.requireRoomFor(c, students.stream().map(s -> s.id).distinct().filter(id -> c.involvementOf(id).isEmpty()).count());
        for (int i = 0; i < students.size(); i++) {
            if (c.involvementOf(students.get(i).id).isEmpty()) {
                c.involvements.add(new Involvement(students.get(i).id, in.students().get(i).role(), access.now()));
                timeline.record(c.id, access.actor(),
                        new CaseEvents.InvolvementAdded(students.get(i).id, in.students().get(i).role()));
            }
        }
        Incident incident = record(c, in, students);
        if (c.step != Step.SIGNALEREN) {
            boolean reopen = c.step == Step.AFGESLOTEN;
            escalation.raise(c, EscalationCause.HERHALING, "A new incident was logged.", null);
            if (reopen) {
                c.step = Step.ANALYSEREN;
                c.stepSeq++;
                // a new cycle: the table's conditions count only what is recorded from now on
                c.cycle++;
                c.closedAt = null;
                c.closeReason = null;
                timeline.record(c.id, access.actor(), new CaseEvents.StepChanged(Step.AFGESLOTEN, Step.ANALYSEREN, null,
                        EscalationCause.HERHALING, incident.id));
            }
        }
        return view(incident, people.studentsById(incident.studentIds), c);
    }

    /** Stores an incident of {@code c}; the caller has locked the case. */
    Incident record(BullyingCase c, IncidentInput in, List<Student> students) {
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.caseId = c.id;
        incident.occurredAt = Instants.stored(in.occurredAt());
        incident.loggedAt = access.now();
        incident.reportedAt = in.reportedAt() != null ? Instants.stored(in.reportedAt()) : incident.loggedAt;
        incident.reporterType = in.reporterType();
        incident.reporterName = in.reporterName();
        incident.location = in.location();
        incident.description = in.description();
        incident.loggedById = access.actor();
        incident.forms = in.forms().isEmpty() ? EnumSet.noneOf(Form.class) : EnumSet.copyOf(in.forms());
        students.forEach(s -> incident.studentIds.add(s.id));
        incidents.persist(incident);
        timeline.record(c.id, access.actor(),
                new CaseEvents.IncidentLogged(incident.id, incident.occurredAt, incident.reporterType));
        return incident;
    }

    public Page<IncidentView> list(UUID caseId, String cursor, int limit) {
        BullyingCase c = access.read(caseId);
        return Page.of(incidents.page(c.id, cursor, limit + 1), limit, rows -> views(rows, c),
                i -> CaseRecordOrder.cursorAfter(i.id));
    }

    public IncidentView get(UUID caseId, UUID incidentId) {
        BullyingCase c = access.read(caseId);
        Incident incident = incidents.ofCase(c.id, incidentId).orElseThrow(() -> ApiException.notFound("The incident"));
        return views(List.of(incident), c).get(0);
    }

    private List<IncidentView> views(List<Incident> all, BullyingCase c) {
        Map<UUID, Student> students = people.studentsById(all.stream().flatMap(i -> i.studentIds.stream()).distinct().toList());
        return all.stream().map(i -> view(i, students, c)).toList();
    }

    private IncidentView view(Incident i, Map<UUID, Student> students, BullyingCase c) {
        List<Involvement> involved = i.studentIds.stream()
                .map(id -> c.involvementOf(id).orElse(new Involvement(id, null, null))).toList();
        StaffRef loggedBy = people.staffRef(i.loggedById);
        return new IncidentView(i.id.toString(), i.occurredAt, i.reportedAt, i.reporterType, i.reporterName, i.location,
                CaseViews.sorted(i.forms), i.description, CaseViews.involvements(involved, students), loggedBy, i.loggedAt);
    }
}
