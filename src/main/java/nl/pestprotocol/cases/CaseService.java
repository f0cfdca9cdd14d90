package nl.pestprotocol.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseDtos.CreateCaseInput;
import nl.pestprotocol.cases.CaseDtos.InvolvementView;
import nl.pestprotocol.cases.CaseDtos.PatchCaseInput;
import nl.pestprotocol.cases.CaseDtos.StudentRoleInput;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.security.AccessRule;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.Timeline;

/** Opening, reading, listing and editing cases, and who is involved in them. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final CaseAccess access;
    private final CaseViews views;
    private final IncidentService incidents;
    private final People people;
    private final InvolvementRules involvementRules;
    private final Assignments assignments;
    private final Timeline timeline;

    public CaseService(CaseRepository cases, CaseAccess access, CaseViews views, IncidentService incidents, People people,
            InvolvementRules involvementRules, Assignments assignments, Timeline timeline) {
        this.cases = cases;
        this.access = access;
        this.views = views;
        this.incidents = incidents;
        this.people = people;
        this.involvementRules = involvementRules;
        this.assignments = assignments;
        this.timeline = timeline;
    }

    /** Opens a case at SIGNALEREN / PM_1 with its first incident; the students of that incident are its involvements. */
    @Transactional
    public CaseView open(CreateCaseInput in) {
        if (in.incident().students().isEmpty()) {
            throw ApiException.invalidParam("incident.students", "a case involves at least one student");
        }
        UUID opener = access.actor();
        BullyingCase c = new BullyingCase();
        c.id = UUID.randomUUID();
        c.summary = in.summary();
        c.step = Step.SIGNALEREN;
        c.level = Level.PM_1;
        c.forms = in.forms() != null && !in.forms().isEmpty() ? EnumSet.copyOf(in.forms())
                : in.incident().forms().isEmpty() ? EnumSet.noneOf(Form.class) : EnumSet.copyOf(in.incident().forms());
        c.openedAt = access.now();
        c.cycle = 1;
        c.levelReachedAt = c.openedAt;
        c.openedById = opener;
        c.updatedAt = c.openedAt;
        c.version = 1;
        List<Student> students = people.students(in.incident().students().stream().map(StudentRoleInput::studentId).toList(),
                "incident.students");
        InvolvementRules.requireAtSchool(students, access.today(), "incident.students");
        for (int i = 0; i < students.size(); i++) {
            c.involvements.add(new Involvement(students.get(i).id, in.incident().students().get(i).role(), c.openedAt));
        }
        c.ownerId = ownerFor(c, opener);
        cases.persist(c);
        access.created(c.id);
        timeline.record(c.id, opener, new CaseEvents.CaseOpened(c.summary, c.level, c.step));
        incidents.record(c, in.incident(), students);
        return views.full(c);
    }

    public CaseView get(UUID caseId) {
        return views.full(access.read(caseId));
    }

    public Page<CaseView> list(CaseFilter filter, String cursor, int limit) {
        List<BullyingCase> rows = cases.page(access.viewer(), filter, Cursor.decode(cursor), limit + 1, access.zone());
        List<BullyingCase> page = rows.subList(0, Math.min(limit, rows.size()));
        String next = rows.size() > limit ? new Cursor(page.get(page.size() - 1).openedAt, page.get(page.size() - 1).id).encode()
                : null;
        access.readAll(page.stream().map(c -> c.id).toList());
        return new Page<>(views.summaries(page), next);
    }

    /** Merge-patch; staff named here follow {@link Assignments}, and coordinators are set by LC or OC only. */
    @Transactional
    public CaseView patch(UUID caseId, String ifMatch, PatchCaseInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.CASE_DETAILS, ifMatch, true);
        if (in.summary() != null && in.summary().isBlank()) {
            throw ApiException.invalidParam("summary", "must not be blank");
        }
        if ((in.coordinatorId() != null || in.supportCoordinatorId() != null)
                && !access.user().has(Roles.LC) && !access.user().has(Roles.OC)) {
            throw AccessRule.COORDINATORS_SET_BY_LC_OR_OC.refused(
                    in.coordinatorId() != null ? "coordinatorId" : "supportCoordinatorId");
        }
        Staff owner = in.ownerId() == null ? null : assignments.owner(c, in.ownerId());
        Staff coordinator = in.coordinatorId() == null ? null : assignments.coordinator(c, in.coordinatorId());
        Staff support = in.supportCoordinatorId() == null ? null : assignments.supportCoordinator(c, in.supportCoordinatorId());
        if (in.summary() != null) {
            c.summary = in.summary();
        }
        if (in.forms() != null) {
            c.forms.clear();
            c.forms.addAll(in.forms());
        }
        if (owner != null) {
            c.ownerId = owner.id;
        }
        if (coordinator != null) {
            c.coordinatorId = coordinator.id;
        }
        if (support != null) {
            c.supportCoordinatorId = support.id;
        }
        timeline.record(c.id, access.actor(), new CaseEvents.CaseUpdated(in.summary(),
                in.forms() == null ? null : CaseViews.sorted(in.forms()), externalId(owner), externalId(coordinator),
                externalId(support)));
        return views.full(c);
    }

    private static String externalId(Staff s) {
        return s == null ? null : s.externalId;
    }

    @Transactional
    public CaseView addInvolvement(UUID caseId, StudentRoleInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.INVOLVEMENT);
        Student student = people.students(List.of(in.studentId()), "studentId").get(0);
        InvolvementRules.requireAtSchool(List.of(student), access.today(), null);
        if (c.involvementOf(student.id).isPresent()) {
            throw ApiException.conflict("already-involved",
                    "Student " + student.externalId + " is already involved; remove the involvement first to change the role.");
        }
        InvolvementRules.requireRoomFor(c, 1);
        c.involvements.add(new Involvement(student.id, in.role(), access.now()));
        timeline.record(c.id, access.actor(), new CaseEvents.InvolvementAdded(student.id, in.role()));
        return views.full(c);
    }

    public InvolvementView involvement(UUID caseId, String studentExternalId) {
        BullyingCase c = access.read(caseId);
        Map<UUID, Student> students = people.studentsById(c.involvements.stream().map(i -> i.studentId).toList());
        return CaseViews.involvements(c.involvements, students).stream().filter(i -> i.studentId().equals(studentExternalId))
                .findFirst().orElseThrow(() -> ApiException.notFound("The involvement of this student"));
    }

    @Transactional
    public CaseView removeInvolvement(UUID caseId, String studentExternalId) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.INVOLVEMENT);
        Involvement involvement = people.studentsById(c.involvements.stream().map(i -> i.studentId).toList()).values()
                .stream().filter(s -> s.externalId.equals(studentExternalId)).findFirst()
                .flatMap(s -> c.involvementOf(s.id))
                .orElseThrow(() -> ApiException.notFound("The involvement of student " + studentExternalId));
        involvementRules.checkRemoval(c, involvement, studentExternalId);
        c.involvements.remove(involvement);
        timeline.record(c.id, access.actor(), new CaseEvents.InvolvementRemoved(involvement.studentId, involvement.role));
        return views.full(c);
    }

    /**
     * The opening mentor owns the case; when a coordinator opens it, the mentor of the first GEPESTE
     * student's group who has not left, else the opener.
     */
    private UUID ownerFor(BullyingCase c, UUID opener) {
        if (access.user().has(Roles.MENTOR)) {
            return opener;
        }
        return assignments.victimsMentor(c).orElse(opener);
    }
}
