package nl.pestprotocol.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.RosterDtos.GroupInput;
import nl.pestprotocol.roster.RosterDtos.GroupView;
import nl.pestprotocol.roster.RosterDtos.StaffInput;
import nl.pestprotocol.roster.RosterDtos.StaffView;
import nl.pestprotocol.roster.RosterDtos.StudentInput;
import nl.pestprotocol.roster.RosterDtos.StudentView;

/** Upserts and reads of the roster. A PUT answers whether it created the record. */
@ApplicationScoped
public class RosterService {

    public record Upserted<T>(T view, boolean created) {
    }

    private final StudentRepository students;
    private final GroupRepository groups;
    private final StaffRepository staff;
    private final Clock clock;

    public RosterService(StudentRepository students, GroupRepository groups, StaffRepository staff, Clock clock) {
        this.students = students;
        this.groups = groups;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public Upserted<StudentView> putStudent(String externalId, StudentInput in) {
        Student s = students.findByExternalId(externalId).orElse(null);
        boolean created = s == null;
        if (created) {
            s = new Student();
            s.id = UUID.randomUUID();
            s.externalId = externalId;
        }
        s.eckId = in.eckId();
        s.givenName = in.givenName();
        s.familyName = in.familyName();
        s.groupCode = in.groupCode();
        s.leftOn = in.leftOn();
        s.active = in.active() != null ? in.active() : in.leftOn() == null;
        s.updatedAt = Instant.now(clock);
        if (created) {
            students.persist(s);
        }
        return new Upserted<>(StudentView.of(s), created);
    }

    public StudentView student(String externalId) {
        return students.findByExternalId(externalId).map(StudentView::of)
                .orElseThrow(() -> ApiException.notFound("Student " + Problem.echo(externalId)));
    }

    public Page<StudentView> students(String groupCode, String cursor, int limit) {
        String after = cursor == null ? null : Cursor.decodeKey(cursor);
        List<Student> page = students.page(groupCode, after, limit + 1);
        boolean more = page.size() > limit;
        List<StudentView> items = page.stream().limit(limit).map(StudentView::of).toList();
        String next = more ? Cursor.encodeKey(items.get(items.size() - 1).externalId()) : null;
        return new Page<>(items, next);
    }

    @Transactional
    public Upserted<GroupView> putGroup(String code, GroupInput in) {
        SchoolGroup g = groups.findById(code);
        boolean created = g == null;
        if (created) {
            g = new SchoolGroup();
            g.code = code;
        }
        g.department = in.department();
        g.schoolYear = in.schoolYear();
        g.mentorIds = new HashSet<>(staffIds(in.mentors(), "mentors"));
        g.updatedAt = Instant.now(clock);
        if (created) {
            groups.persist(g);
        }
        return new Upserted<>(groupView(g, staff.byIds(g.mentorIds)), created);
    }

    public Page<GroupView> groups(String cursor, int limit) {
        List<SchoolGroup> rows = groups.page(cursor == null ? null : Cursor.decodeKey(cursor), limit + 1);
        return Page.of(rows, limit, this::groupViews, g -> Cursor.encodeKey(g.code));
    }

    public GroupView group(String code) {
        SchoolGroup g = groups.findById(code);
        if (g == null) {
            throw ApiException.notFound("Group " + Problem.echo(code));
        }
        return groupViews(List.of(g)).get(0);
    }

    private List<GroupView> groupViews(List<SchoolGroup> all) {
        Set<UUID> ids = new HashSet<>();
        all.forEach(g -> ids.addAll(g.mentorIds));
        Map<UUID, Staff> mentors = staff.byIds(ids);
        return all.stream().map(g -> groupView(g, mentors)).toList();
    }

    @Transactional
    public Upserted<StaffView> putStaff(String externalId, StaffInput in) {
        Staff s = staff.findByExternalId(externalId).orElse(null);
        boolean created = s == null;
        staff.findByUsername(in.username()).filter(other -> !other.externalId.equals(externalId)).ifPresent(other -> {
            throw ApiException.rule("username-taken", "Username " + in.username() + " belongs to another staff member.");
        });
        if (created) {
            s = new Staff();
            s.id = UUID.randomUUID();
            s.externalId = externalId;
        }
        s.username = in.username();
        s.givenName = in.givenName();
        s.familyName = in.familyName();
        Set<DepartmentRole> departments = new HashSet<>();
        if (in.departments() != null) {
            in.departments().forEach(d -> departments.add(new DepartmentRole(d, DepartmentRole.LC)));
        }
        if (in.supportDepartments() != null) {
            in.supportDepartments().forEach(d -> departments.add(new DepartmentRole(d, DepartmentRole.OC)));
        }
        s.departments.clear();
        s.departments.addAll(departments);
        // unlike a student's, active defaults to true: a leaving date ahead still leaves access until then
        s.active = in.active() == null || in.active();
        s.leftOn = in.leftOn();
        s.updatedAt = Instant.now(clock);
        if (created) {
            staff.persist(s);
        }
        return new Upserted<>(staffView(s), created);
    }

    /** By name; the key (familyName, givenName, id) is the cursor, since a name can change between pages. */
    public Page<StaffView> staff(String cursor, int limit) {
        List<String> after = cursor == null ? null : Cursor.decodeParts(cursor, 3);
        List<Staff> rows = after == null ? staff.page(null, null, null, limit + 1)
                : staff.page(after.get(0), after.get(1), staffKeyId(after.get(2)), limit + 1);
        return Page.of(rows, limit, shown -> shown.stream().map(RosterService::staffView).toList(),
                s -> Cursor.encodeParts(s.familyName, s.givenName, s.id.toString()));
    }

    public StaffView staffMember(String externalId) {
        return staff.findByExternalId(externalId).map(RosterService::staffView)
                .orElseThrow(() -> ApiException.notFound("Staff member " + Problem.echo(externalId)));
    }

    private static UUID staffKeyId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParam("cursor", "is not a cursor this service issued");
        }
    }

    private List<UUID> staffIds(List<String> externalIds, String field) {
        List<UUID> ids = new ArrayList<>();
        for (String externalId : externalIds) {
            Staff s = staff.findByExternalId(externalId).orElseThrow(
                    () -> ApiException.rule("unknown-staff", field + ": no staff member with id " + Problem.echo(externalId) + "."));
            ids.add(s.id);
        }
        return ids;
    }

    private static GroupView groupView(SchoolGroup g, Map<UUID, Staff> mentors) {
        List<StaffRef> refs = g.mentorIds.stream().map(mentors::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing((Staff s) -> s.familyName).thenComparing(s -> s.externalId))
                .map(StaffRef::of).toList();
        return new GroupView(g.code, g.department, g.schoolYear, refs);
    }

    private static StaffView staffView(Staff s) {
        List<String> lc = s.departments.stream().filter(d -> d.function.equals(DepartmentRole.LC)).map(d -> d.department)
                .sorted().toList();
        List<String> oc = s.departments.stream().filter(d -> d.function.equals(DepartmentRole.OC)).map(d -> d.department)
                .sorted().toList();
        return new StaffView(s.externalId, s.username, s.givenName, s.familyName, lc, oc, s.active, s.leftOn);
    }
}
