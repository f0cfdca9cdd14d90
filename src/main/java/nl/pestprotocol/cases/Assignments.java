package nl.pestprotocol.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.roster.DepartmentRole;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.SchoolGroup;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.security.AccessRule;
import nl.pestprotocol.security.Roles;

/**
 * Who may be named on a case (spec §1, §5). Owner, coordinator and support coordinator see the
 * case, so each must already belong to it through one of its students; nobody can widen who sees
 * a case by naming an unrelated staff member:
 * <ul>
 * <li>owner: a mentor of the group of one of the case's students;</li>
 * <li>coordinator: a leerlingcoördinator of the department of one of the case's students (such a
 * coordinator sees the case already; an LC of another department would not);</li>
 * <li>support coordinator: the department of one of the case's students among their support
 * departments, or the caller naming themselves while holding the realm role
 * {@code ondersteuningscoordinator}. The roster cannot tell who the school-wide OC is; the token can,
 * and that role sees every case anyway.</li>
 * </ul>
 * Naming the one already in place changes nothing and is accepted as it is. Staff who left the
 * school are never newly named, by hand or by the roster.
 */
@ApplicationScoped
public class Assignments {

    private final People people;
    private final CaseAccess access;

    public Assignments(People people, CaseAccess access) {
        this.people = people;
        this.access = access;
    }

    public Staff owner(BullyingCase c, String externalId) {
        Staff s = people.staffRecord(externalId, "ownerId");
        if (s.id.equals(c.ownerId)) {
            return s;
        }
        people.requireNotLeft(s, "ownerId");
        if (groupsOf(c, role -> true).stream().noneMatch(g -> g.mentorIds.contains(s.id))) {
            throw AccessRule.OWNER_NOT_MENTOR_OF_A_STUDENT.refused("ownerId");
        }
        return s;
    }

    public Staff coordinator(BullyingCase c, String externalId) {
        Staff s = people.staffRecord(externalId, "coordinatorId");
        if (s.id.equals(c.coordinatorId)) {
            return s;
        }
        people.requireNotLeft(s, "coordinatorId");
        if (!coordinatesADepartmentOf(c, s, DepartmentRole.LC)) {
            throw AccessRule.COORDINATOR_NOT_OF_A_CASE_DEPARTMENT.refused("coordinatorId");
        }
        return s;
    }

    public Staff supportCoordinator(BullyingCase c, String externalId) {
        Staff s = people.staffRecord(externalId, "supportCoordinatorId");
        if (s.id.equals(c.supportCoordinatorId)) {
            return s;
        }
        people.requireNotLeft(s, "supportCoordinatorId");
        boolean schoolWideOcThemselves = access.user().has(Roles.OC) && s.id.equals(access.actor());
        if (!schoolWideOcThemselves && !coordinatesADepartmentOf(c, s, DepartmentRole.OC)) {
            throw AccessRule.SUPPORT_COORDINATOR_NOT_OF_A_CASE_DEPARTMENT.refused("supportCoordinatorId");
        }
        return s;
    }

    /** The roster's coordinator (function LC or OC) of the first GEPESTE student's department who has not left. */
    public Optional<UUID> fromRoster(BullyingCase c, String function) {
        return firstGepesteGroup(c).map(g -> g.department)
                .flatMap(department -> people.coordinatorsOf(department, function).stream().findFirst())
                .map(s -> s.id);
    }

    /** The first (by name) mentor of the first GEPESTE student's group who has not left. */
    public Optional<UUID> victimsMentor(BullyingCase c) {
        return firstGepesteGroup(c).flatMap(g -> people.currentMentors(List.of(g)).stream().findFirst()).map(s -> s.id);
    }

    /** The mentors of the groups of the case's students whose role passes {@code roles}, left or not. */
    public Set<UUID> mentorsOf(BullyingCase c, Predicate<InvolvementRole> roles) {
        return groupsOf(c, roles).stream().flatMap(g -> g.mentorIds.stream()).collect(Collectors.toSet());
    }

    private boolean coordinatesADepartmentOf(BullyingCase c, Staff s, String function) {
        Set<String> departments = groupsOf(c, role -> true).stream().map(g -> g.department).collect(Collectors.toSet());
        return s.departments.stream().anyMatch(d -> d.function.equals(function) && departments.contains(d.department));
    }

    private Set<SchoolGroup> groupsOf(BullyingCase c, Predicate<InvolvementRole> roles) {
        List<UUID> ids = c.involvements.stream().filter(i -> roles.test(i.role)).map(i -> i.studentId).toList();
        return people.studentsById(ids).values().stream().map(s -> people.group(s.groupCode)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private Optional<SchoolGroup> firstGepesteGroup(BullyingCase c) {
        return c.firstGepeste().map(people::student).map(s -> people.group(s.groupCode));
    }
}
