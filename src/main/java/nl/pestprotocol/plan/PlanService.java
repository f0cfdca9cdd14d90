package nl.pestprotocol.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.RecordKind;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.ETags;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRef;
import nl.pestprotocol.shared.CaseStudents;
import nl.pestprotocol.timeline.Timeline;

/** The plan van actie: short- and long-term actions along the five tracks. */
@ApplicationScoped
public class PlanService {

    @Schema(example = "{\"term\":\"KORT\",\"track\":\"PESTER\",\"description\":\"Daan stopt direct met schelden\",\"assigneeId\":\"mw-mentor1\",\"studentIds\":[\"1A-02\"],\"dueOn\":\"2026-11-15\"}")
    public record ActionInput(
            @NotNull Term term,
            @NotNull Track track,
            @NotBlank @Size(max = 10000) String description,
            @NotBlank @Size(max = 100) String assigneeId,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> studentIds,
            LocalDate dueOn) {
    }

    /** Merge-patch of an action; absent properties stay as they are. */
    @Schema(example = "{\"status\":\"GEDAAN\"}")
    public record ActionPatch(ActionStatus status, @Size(min = 1, max = 10000) String description,
            @Size(min = 1, max = 100) String assigneeId, LocalDate dueOn) {
    }

    @Schema(requiredProperties = { "id", "term", "track", "students", "status", "version" })
    public record ActionView(String id, Term term, Track track, String description, StaffRef assignee,
            List<StudentRef> students, LocalDate dueOn, ActionStatus status, long version) {
    }

    private final CaseAccess access;
    private final PlanActionRepository actions;
    private final People people;
    private final CaseStudents caseStudents;
    private final Timeline timeline;

    public PlanService(CaseAccess access, PlanActionRepository actions, People people, CaseStudents caseStudents,
            Timeline timeline) {
        this.access = access;
        this.actions = actions;
        this.people = people;
        this.caseStudents = caseStudents;
        this.timeline = timeline;
    }

    @Transactional
    public ActionView add(UUID caseId, ActionInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.ACTION);
        List<Student> students = caseStudents.involved(c, in.studentIds(), "studentIds");
        PlanAction a = new PlanAction();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.term = in.term();
        a.track = in.track();
        a.description = in.description();
        a.assigneeId = people.staff(in.assigneeId(), "assigneeId").id;
        a.dueOn = in.dueOn();
        a.status = ActionStatus.OPEN;
        a.createdAt = access.now();
        a.cycle = c.cycle;
        students.forEach(s -> a.studentIds.add(s.id));
        actions.persist(a);
        timeline.record(c.id, access.actor(), new ActionEvents.ActionAdded(a.id, a.term, a.track));
        return view(a, people.studentsById(a.studentIds));
    }

    /** Needs {@code If-Match} with the action's own ETag. */
    @Transactional
    public ActionView update(UUID caseId, UUID actionId, String ifMatch, ActionPatch in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.ACTION);
        PlanAction a = actions.ofCase(c.id, actionId)
                .orElseThrow(() -> ApiException.notFound("The action"));
        // the case row is locked by writeRecord, so no other change of this action runs between check and bump
        ETags.require(ifMatch, a.version);
        a.version++;
        if (in.status() != null) {
            a.status = in.status();
        }
        if (in.description() != null) {
            a.description = in.description();
        }
        if (in.assigneeId() != null) {
            a.assigneeId = people.staff(in.assigneeId(), "assigneeId").id;
        }
        if (in.dueOn() != null) {
            a.dueOn = in.dueOn();
        }
        timeline.record(c.id, access.actor(), new ActionEvents.ActionUpdated(a.id, a.status));
        return view(a, people.studentsById(a.studentIds));
    }

    public Page<ActionView> list(UUID caseId, String cursor, int limit) {
        BullyingCase c = access.read(caseId);
        return Page.of(actions.page(c.id, cursor, limit + 1), limit, this::views, a -> CaseRecordOrder.cursorAfter(a.id));
    }

    public ActionView get(UUID caseId, UUID actionId) {
        BullyingCase c = access.read(caseId);
        return views(List.of(actions.ofCase(c.id, actionId).orElseThrow(() -> ApiException.notFound("The action")))).get(0);
    }

    private List<ActionView> views(List<PlanAction> all) {
        Map<UUID, Student> students = people.studentsById(all.stream().flatMap(a -> a.studentIds.stream()).distinct().toList());
        return all.stream().map(a -> view(a, students)).toList();
    }

    private ActionView view(PlanAction a, Map<UUID, Student> students) {
        return new ActionView(a.id.toString(), a.term, a.track, a.description, people.staffRef(a.assigneeId),
                CaseStudents.refs(a.studentIds, students), a.dueOn, a.status, a.version);
    }
}
