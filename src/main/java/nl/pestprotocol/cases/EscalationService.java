package nl.pestprotocol.cases;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.roster.DepartmentRole;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.SchoolGroup;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.EventType;
import nl.pestprotocol.timeline.Timeline;

/**
 * The PM-model (spec §5): levels go up by one, by herhaling or by hand, never down and never past
 * PM_3. Reaching PM_2 assigns a leerlingcoördinator, PM_3 an ondersteuningscoördinator, taken from
 * the department of the first GEPESTE student's group unless one is given.
 */
@ApplicationScoped
public class EscalationService {

    public static final String CAUSE_HERHALING = "HERHALING";
    public static final String CAUSE_BY_HAND = "HANDMATIG";

    private final CaseAccess access;
    private final People people;
    private final Timeline timeline;
    private final CaseViews views;

    public EscalationService(CaseAccess access, People people, Timeline timeline, CaseViews views) {
        this.views = views;
        this.access = access;
        this.people = people;
        this.timeline = timeline;
    }

    public record EscalationInput(String reason, String coordinatorId, String supportCoordinatorId) {
    }

    @Transactional
    public CaseDtos.CaseView escalateByHand(UUID caseId, String ifMatch, EscalationInput in) {
        BullyingCase c = access.writeOpen(caseId, ifMatch);
        if (c.level.isMax()) {
            throw ApiException.conflict("level-at-maximum", "The case is already at PM_3, the highest level.");
        }
        if (!access.user().has(Roles.LC) && c.level.next() != Level.PM_3) {
            throw ApiException.forbidden("escalation-to-pm3-only",
                    "An ondersteuningscoördinator raises a case to PM_3 only; this case would go to " + c.level.next() + ".");
        }
        UUID given = null;
        if (c.level.next() == Level.PM_2 && in.coordinatorId() != null) {
            given = people.staff(in.coordinatorId(), "coordinatorId").id;
        } else if (c.level.next() == Level.PM_3 && in.supportCoordinatorId() != null) {
            given = people.staff(in.supportCoordinatorId(), "supportCoordinatorId").id;
        }
        raise(c, CAUSE_BY_HAND, in.reason(), given);
        return views.full(c);
    }

    /** Raises the level by one (no-op at PM_3) and records it; the caller holds the case lock. */
    public void raise(BullyingCase c, String cause, String reason, UUID givenCoordinator) {
        if (c.level.isMax()) {
            return;
        }
        Level from = c.level;
        c.level = from.next();
        c.levelReachedAt = access.now();
        String assignedRole;
        UUID assigned;
        if (c.level == Level.PM_2) {
            assignedRole = "coordinator";
            assigned = givenCoordinator != null ? givenCoordinator : departmentCoordinator(c, DepartmentRole.LC);
            c.coordinatorId = assigned;
        } else {
            assignedRole = "supportCoordinator";
            assigned = givenCoordinator != null ? givenCoordinator : departmentCoordinator(c, DepartmentRole.OC);
            c.supportCoordinatorId = assigned;
        }
        Staff who = assigned == null ? null : people.staffById(List.of(assigned)).get(assigned);
        timeline.record(c.id, EventType.LEVEL_RAISED, access.actor(), "from", from, "to", c.level, "cause", cause,
                "reason", reason, assignedRole, who == null ? null : who.externalId,
                "note", who == null ? "No " + assignedRole + " could be found on the roster; assign one by hand." : null);
    }

    private UUID departmentCoordinator(BullyingCase c, String function) {
        String department = c.firstGepeste().map(people::student).map((Student s) -> people.group(s.groupCode))
                .map((SchoolGroup g) -> g.department).orElse(null);
        if (department == null) {
            return null;
        }
        return people.coordinatorsOf(department, function).stream().findFirst().map(s -> s.id).orElse(null);
    }
}
