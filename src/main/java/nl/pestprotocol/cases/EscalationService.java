package nl.pestprotocol.cases;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.roster.DepartmentRole;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.security.AccessRule;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.Timeline;

/**
 * The PM-model (spec §5): levels go up by one, by herhaling or by hand, never down and never past
 * PM_3. Reaching PM_2 assigns a leerlingcoördinator, PM_3 an ondersteuningscoördinator, taken from
 * the department of the first GEPESTE student's group (skipping staff who left) unless one is given.
 */
@ApplicationScoped
public class EscalationService {

    private final CaseAccess access;
    private final People people;
    private final Assignments assignments;
    private final Timeline timeline;
    private final CaseViews views;

    public EscalationService(CaseAccess access, People people, Assignments assignments, Timeline timeline, CaseViews views) {
        this.views = views;
        this.access = access;
        this.people = people;
        this.assignments = assignments;
        this.timeline = timeline;
    }

    public record EscalationInput(String reason, String coordinatorId, String supportCoordinatorId) {
    }

    /**
     * If-Match is required, as for a transition: without it a double click or a client's retry would
     * raise the level twice. A named coordinator must be one {@link Assignments} allows.
     */
    @Transactional
    public CaseDtos.CaseView escalateByHand(UUID caseId, String ifMatch, EscalationInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.ESCALATION, ifMatch, true);
        if (c.level.isMax()) {
            throw ApiException.conflict("level-at-maximum", "The case is already at PM_3, the highest level.");
        }
        Level to = c.level.next();
        if (to == Level.PM_2 && !access.user().has(Roles.LC)) {
            throw AccessRule.PM2_IS_FOR_THE_LEERLINGCOORDINATOR.refused();
        }
        if (to == Level.PM_2 && in.supportCoordinatorId() != null) {
            throw AccessRule.COORDINATOR_NOT_FOR_THIS_LEVEL.refused("supportCoordinatorId");
        }
        if (to == Level.PM_3 && in.coordinatorId() != null) {
            throw AccessRule.COORDINATOR_NOT_FOR_THIS_LEVEL.refused("coordinatorId");
        }
        UUID given = null;
        if (in.coordinatorId() != null) {
            given = assignments.coordinator(c, in.coordinatorId()).id;
        } else if (in.supportCoordinatorId() != null) {
            given = assignments.supportCoordinator(c, in.supportCoordinatorId()).id;
        }
        raise(c, EscalationCause.HANDMATIG, in.reason(), given);
        return views.full(c);
    }

    /** Raises the level by one (no-op at PM_3) and records it; the caller holds the case lock. */
    public void raise(BullyingCase c, EscalationCause cause, String reason, UUID givenCoordinator) {
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
            assigned = givenCoordinator != null ? givenCoordinator
                    : stillHere(c.coordinatorId) ? c.coordinatorId : departmentCoordinator(c, DepartmentRole.LC);
            c.coordinatorId = assigned;
        } else {
            assignedRole = "supportCoordinator";
            assigned = givenCoordinator != null ? givenCoordinator
                    : stillHere(c.supportCoordinatorId) ? c.supportCoordinatorId : departmentCoordinator(c, DepartmentRole.OC);
            c.supportCoordinatorId = assigned;
        }
        Staff who = assigned == null ? null : people.staffById(List.of(assigned)).get(assigned);
        String externalId = who == null ? null : who.externalId;
        boolean coordinator = c.level == Level.PM_2;
        timeline.record(c.id, access.actor(), new CaseEvents.LevelRaised(from, c.level, cause, reason,
                coordinator ? externalId : null, coordinator ? null : externalId,
                who == null ? "No " + assignedRole + " could be found on the roster; assign one by hand." : null));
    }

    /** One assigned by hand before the level was reached (PATCH) stays, unless they left the school. */
    private boolean stillHere(UUID staffId) {
        Staff s = staffId == null ? null : people.staffById(List.of(staffId)).get(staffId);
        return s != null && !s.hasLeft(people.today());
    }

    private UUID departmentCoordinator(BullyingCase c, String function) {
        return assignments.fromRoster(c, function).orElse(null);
    }
}
