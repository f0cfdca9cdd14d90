package nl.pestprotocol.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.pestprotocol.cases.Assignments;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.RecordKind;
import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.security.AccessRule;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.Timeline;

/**
 * Step 5: the process is evaluated by mentor, leerlingcoördinator and ondersteuningscoördinator.
 * Sign-offs only in EVALUATIE, one per person per round, each in a role the person holds.
 */
@ApplicationScoped
public class SignOffService {

    @Schema(example = "{\"signAs\":\"MENTOR\",\"outcome\":\"EFFECT_BEHAALD\",\"notes\":\"Sanne voelt zich weer veilig in de klas\"}")
    public record SignOffInput(@NotNull SignAs signAs, @NotNull Outcome outcome, @Size(max = 10000) String notes) {
    }

    @Schema(requiredProperties = { "id", "round", "signedAs", "outcome", "signedAt" })
    public record SignOffView(String id, int round, StaffRef staff, SignAs signedAs, Outcome outcome, String notes,
            Instant signedAt) {
    }

    private final CaseAccess access;
    private final SignOffRepository signOffs;
    private final People people;
    private final Assignments assignments;
    private final Timeline timeline;

    public SignOffService(CaseAccess access, SignOffRepository signOffs, People people, Assignments assignments,
            Timeline timeline) {
        this.access = access;
        this.signOffs = signOffs;
        this.people = people;
        this.assignments = assignments;
        this.timeline = timeline;
    }

    @Transactional
    public SignOffView sign(UUID caseId, SignOffInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.SIGN_OFF);
        UUID me = access.actor();
        if (signOffs.signed(c.id, c.evaluationRound, me)) {
            throw ApiException.conflict("already-signed-this-round",
                    "You already signed this evaluation round; each person signs once per round.");
        }
        checkHolds(c, in.signAs(), me);
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
        timeline.record(c.id, me, new SignedOff(s.round, s.signedAs, s.outcome));
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

    /**
     * Each signs in a role they hold (spec §3): LC and OC by their realm role; as mentor only the
     * case's owner or a mentor of the group of a GEPESTE student, not the mentor of the bully's or a
     * bystander's group, who may well see the case.
     */
    private void checkHolds(BullyingCase c, SignAs role, UUID me) {
        boolean holds = switch (role) {
            case LEERLINGCOORDINATOR -> access.user().has(Roles.LC);
            case ONDERSTEUNINGSCOORDINATOR -> access.user().has(Roles.OC);
            case MENTOR -> me.equals(c.ownerId) || assignments.mentorsOf(c, r -> r == InvolvementRole.GEPESTE).contains(me);
        };
        if (holds) {
            return;
        }
        if (role == SignAs.MENTOR && assignments.mentorsOf(c, r -> true).contains(me)) {
            throw AccessRule.MENTOR_SIGN_OFF_BY_OWNER_OR_GEPESTE_MENTOR.refused();
        }
        throw ApiException.rule("sign-as-role-not-held", "You do not hold the role " + role
                + " for this case: as mentor signs the owner or a mentor of a GEPESTE student's group, coordinators in their realm role.");
    }

    private SignOffView view(SignOff s) {
        return new SignOffView(s.id.toString(), s.round, people.staffRef(s.staffId), s.signedAs, s.outcome, s.notes,
                s.signedAt);
    }
}
