package nl.pestprotocol.roster.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.pestprotocol.roster.sync.RosterSnapshot.GroupRow;
import nl.pestprotocol.roster.sync.RosterSnapshot.StaffRow;
import nl.pestprotocol.roster.sync.RosterSnapshot.StudentRow;
import nl.pestprotocol.roster.sync.SyncDtos.Changed;
import nl.pestprotocol.roster.sync.SyncDtos.GroupChanges;
import nl.pestprotocol.roster.sync.SyncDtos.PeopleChanges;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncInput;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncResult;
import nl.pestprotocol.roster.sync.SyncDtos.SyncGroup;
import nl.pestprotocol.roster.sync.SyncDtos.SyncMode;
import nl.pestprotocol.roster.sync.SyncDtos.SyncStaff;
import nl.pestprotocol.roster.sync.SyncDtos.SyncStudent;

/**
 * What a valid sync changes, worked out in memory against the {@link RosterSnapshot}: which rows are
 * new, which differ, which stay as they are and, in FULL mode, who has left. A row that does not
 * differ is not written (its {@code updatedAt} stays), so a repeated sync changes nothing.
 */
final class SyncPlan {

    record StaffWrite(UUID id, String externalId, String username, String givenName, String familyName, boolean active,
            LocalDate leftOn, Set<String> departments, Set<String> supportDepartments, boolean departmentsChanged) {
    }

    record GroupWrite(String code, String department, String schoolYear, Set<UUID> mentorIds, boolean mentorsChanged) {
    }

    record StudentWrite(UUID id, String externalId, String eckId, String givenName, String familyName, String groupCode,
            boolean active, LocalDate leftOn) {
    }

    final List<StaffWrite> staffCreated = new ArrayList<>();
    final List<StaffWrite> staffUpdated = new ArrayList<>();
    final List<StaffRow> staffLeft = new ArrayList<>();
    int staffUnchanged;
    final List<GroupWrite> groupsCreated = new ArrayList<>();
    final List<GroupWrite> groupsUpdated = new ArrayList<>();
    int groupsUnchanged;
    final List<StudentWrite> studentsCreated = new ArrayList<>();
    final List<StudentWrite> studentsUpdated = new ArrayList<>();
    final List<StudentRow> studentsLeft = new ArrayList<>();
    int studentsUnchanged;

    private SyncPlan() {
    }

    /** {@code in} has passed {@link SyncValidator}. */
    static SyncPlan of(RosterSyncInput in, RosterSnapshot current, LocalDate today) {
        SyncPlan plan = new SyncPlan();
        Map<String, UUID> staffIds = new HashMap<>();
        current.staff().values().forEach(s -> staffIds.put(s.externalId(), s.id()));
        plan.staff(in.staffOrEmpty(), current, staffIds);
        plan.groups(in.groupsOrEmpty(), current, staffIds);
        plan.students(in.studentsOrEmpty(), current);
        // FULL: a kind that is sent is the whole of it; a kind left out of the request is not touched
        if (in.mode() == SyncMode.FULL && in.staff() != null) {
            Set<String> sent = new HashSet<>();
            in.staff().forEach(s -> sent.add(s.externalId()));
            current.staff().values().stream().filter(s -> !sent.contains(s.externalId()) && !hasLeft(s.active(), s.leftOn(), today))
                    .forEach(plan.staffLeft::add);
        }
        if (in.mode() == SyncMode.FULL && in.students() != null) {
            Set<String> sent = new HashSet<>(in.students().size() * 2);
            in.students().forEach(s -> sent.add(s.externalId()));
            current.students().values().stream()
                    .filter(s -> !sent.contains(s.externalId()) && !hasLeft(s.active(), s.leftOn(), today))
                    .forEach(plan.studentsLeft::add);
        }
        return plan;
    }

    /** Already recorded as gone: inactive with a leaving date that has come. */
    private static boolean hasLeft(boolean active, LocalDate leftOn, LocalDate today) {
        return !active && leftOn != null && !leftOn.isAfter(today);
    }

    private void staff(List<SyncStaff> staff, RosterSnapshot current, Map<String, UUID> staffIds) {
        for (SyncStaff s : staff) {
            StaffRow now = current.staff().get(s.externalId());
            Set<String> lc = s.departments() == null ? Set.of() : new TreeSet<>(s.departments());
            Set<String> oc = s.supportDepartments() == null ? Set.of() : new TreeSet<>(s.supportDepartments());
            boolean active = s.active() == null || s.active();
            if (now == null) {
                UUID id = UUID.randomUUID();
                staffIds.put(s.externalId(), id);
                staffCreated.add(new StaffWrite(id, s.externalId(), s.username(), s.givenName(), s.familyName(), active, s.leftOn(),
                        lc, oc, true));
                continue;
            }
            boolean departmentsChanged = !now.departments().equals(lc) || !now.supportDepartments().equals(oc);
            boolean changed = departmentsChanged || !now.username().equals(s.username()) || !now.givenName().equals(s.givenName())
                    || !now.familyName().equals(s.familyName()) || now.active() != active || !Objects.equals(now.leftOn(), s.leftOn());
            if (changed) {
                staffUpdated.add(new StaffWrite(now.id(), s.externalId(), s.username(), s.givenName(), s.familyName(), active,
                        s.leftOn(), lc, oc, departmentsChanged));
            } else {
                staffUnchanged++;
            }
        }
    }

    private void groups(List<SyncGroup> groups, RosterSnapshot current, Map<String, UUID> staffIds) {
        for (SyncGroup g : groups) {
            Set<UUID> mentors = new HashSet<>();
            g.mentors().forEach(m -> mentors.add(staffIds.get(m)));
            GroupRow now = current.groups().get(g.code());
            if (now == null) {
                groupsCreated.add(new GroupWrite(g.code(), g.department(), g.schoolYear(), mentors, true));
                continue;
            }
            boolean mentorsChanged = !now.mentorIds().equals(mentors);
            if (mentorsChanged || !now.department().equals(g.department()) || !now.schoolYear().equals(g.schoolYear())) {
                groupsUpdated.add(new GroupWrite(g.code(), g.department(), g.schoolYear(), mentors, mentorsChanged));
            } else {
                groupsUnchanged++;
            }
        }
    }

    private void students(List<SyncStudent> students, RosterSnapshot current) {
        for (SyncStudent s : students) {
            StudentRow now = current.students().get(s.externalId());
            boolean active = s.active() != null ? s.active() : s.leftOn() == null;
            if (now == null) {
                studentsCreated.add(new StudentWrite(UUID.randomUUID(), s.externalId(), s.eckId(), s.givenName(), s.familyName(),
                        s.groupCode(), active, s.leftOn()));
            } else if (!Objects.equals(now.eckId(), s.eckId()) || !now.givenName().equals(s.givenName())
                    || !now.familyName().equals(s.familyName()) || !Objects.equals(now.groupCode(), s.groupCode())
                    || now.active() != active || !Objects.equals(now.leftOn(), s.leftOn())) {
                studentsUpdated.add(new StudentWrite(now.id(), s.externalId(), s.eckId(), s.givenName(), s.familyName(),
                        s.groupCode(), active, s.leftOn()));
            } else {
                studentsUnchanged++;
            }
        }
    }

    RosterSyncResult result(SyncMode mode, boolean dryRun) {
        PeopleChanges students = new PeopleChanges(Changed.of(studentsCreated.stream().map(StudentWrite::externalId).toList()),
                Changed.of(studentsUpdated.stream().map(StudentWrite::externalId).toList()),
                Changed.of(studentsLeft.stream().map(StudentRow::externalId).toList()), studentsUnchanged);
        GroupChanges groups = new GroupChanges(Changed.of(groupsCreated.stream().map(GroupWrite::code).toList()),
                Changed.of(groupsUpdated.stream().map(GroupWrite::code).toList()), groupsUnchanged);
        PeopleChanges staff = new PeopleChanges(Changed.of(staffCreated.stream().map(StaffWrite::externalId).toList()),
                Changed.of(staffUpdated.stream().map(StaffWrite::externalId).toList()),
                Changed.of(staffLeft.stream().map(StaffRow::externalId).toList()), staffUnchanged);
        return new RosterSyncResult(mode, dryRun, students, groups, staff);
    }
}
