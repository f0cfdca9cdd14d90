package nl.pestprotocol.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.SchoolGroup;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.EventType;
import nl.pestprotocol.timeline.Timeline;

/**
 * Step 5: the process is evaluated by mentor, leerlingcoördinator and ondersteuningscoördinator.
 * Sign-offs only in EVALUATIE, one per person per round, each in a role the person holds.
 */
@ApplicationScoped
public class SignOffService {

    public record SignOffInput(@NotNull SignAs signAs, @NotNull Outcome outcome, @Size(max = 10000) String notes) {
    }

    public record SignOffView(String id, int round, StaffRef staff, SignAs signedAs, Outcome outcome, String notes,
            Instant signedAt) {
    }

    private final CaseAccess access;
    private final SignOffRepository signOffs;
    private final People people;
    private final Timeline timeline;

    public SignOffService(CaseAccess access, SignOffRepository signOffs, People people, Timeline timeline) {
        this.access = access;
        this.signOffs = signOffs;
        this.people = people;
        this.timeline = timeline;
    }

    @Transactional
    public SignOffView sign(UUID caseId, SignOffInput in) {
        BullyingCase c = access.write(caseId);
        if (c.step != Step.EVALUATIE) {
            throw ApiException.conflict("sign-off-only-in-evaluatie",
                    "Sign-offs are given in step EVALUATIE; the case is in " + c.step + ".");
        }
        UUID me = access.actor();
        if (signOffs.signed(c.id, c.evaluationRound, me)) {
            throw ApiException.conflict("already-signed-this-round",
                    "You already signed this evaluation round; each person signs once per round.");
        }
        if (!holds(c, in.signAs(), me)) {
            throw ApiException.rule("sign-as-role-not-held", "You do not hold the role " + in.signAs()
                    + " for this case: mentors sign as owner or mentor of an involved student's group, coordinators in their realm role.");
        }
        SignOff s = new SignOff();
        s.id = UUID.randomUUID();
        s.caseId = c.id;
        s.round = c.evaluationRound;
        s.staffId = me;
        s.signedAs = in.signAs();
        s.outcome = in.outcome();
        s.notes = in.notes();
        s.signedAt = access.now();
        signOffs.persist(s);
        timeline.record(c.id, EventType.SIGNED_OFF, me, "round", s.round, "signedAs", s.signedAs, "outcome", s.outcome);
        return view(s);
    }

    public Page<SignOffView> list(UUID caseId, String cursor, int limit) {
        BullyingCase c = access.read(caseId);
        return Page.of(signOffs.page(c.id, cursor, limit + 1), limit, rows -> rows.stream().map(this::view).toList(),
                s -> CaseRecordOrder.cursorAfter(s.id));
    }

    public SignOffView get(UUID caseId, UUID signOffId) {
        BullyingCase c = access.read(caseId);
        return view(signOffs.ofCase(c.id, signOffId).orElseThrow(() -> ApiException.notFound("The sign-off")));
    }

    private boolean holds(BullyingCase c, SignAs role, UUID me) {
        return switch (role) {
            case LEERLINGCOORDINATOR -> access.user().has(Roles.LC);
            case ONDERSTEUNINGSCOORDINATOR -> access.user().has(Roles.OC);
            case MENTOR -> me.equals(c.ownerId) || mentorsAnInvolvedStudent(c, me);
        };
    }

    private boolean mentorsAnInvolvedStudent(BullyingCase c, UUID me) {
        Map<UUID, Student> students = people.studentsById(c.involvements.stream().map(i -> i.studentId).toList());
        return students.values().stream().map(s -> people.group(s.groupCode)).filter(java.util.Objects::nonNull)
                .map((SchoolGroup g) -> g.mentorIds).anyMatch(ids -> ids.contains(me));
    }

    private SignOffView view(SignOff s) {
        return new SignOffView(s.id.toString(), s.round, people.staffRef(s.staffId), s.signedAs, s.outcome, s.notes,
                s.signedAt);
    }
}
