package nl.pestprotocol.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.security.AccessRule;

/** Resolves the externalIds clients send to roster records, and roster ids back to references, in bulk. */
@ApplicationScoped
public class People {

    private final StudentRepository students;
    private final StaffRepository staff;
    private final GroupRepository groups;
    private final Clock clock;
    private final ZoneId zone;

    public People(StudentRepository students, StaffRepository staff, GroupRepository groups, Clock clock,
            PestprotocolConfig config) {
        this.students = students;
        this.staff = staff;
        this.groups = groups;
        this.clock = clock;
        this.zone = config.zone();
    }

    /** Students by externalId in the given order; unknown or repeated ids are refused, naming the field. */
    public List<Student> students(List<String> externalIds, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < externalIds.size(); i++) {
            if (!seen.add(externalIds.get(i))) {
                throw ApiException.invalidParam(field + "[" + i + "]", "names the same student twice");
            }
        }
        Map<String, Student> found = students.byExternalIds(externalIds);
        for (int i = 0; i < externalIds.size(); i++) {
            if (!found.containsKey(externalIds.get(i))) {
                throw ApiException.badRequest("A student is not on the roster.", List.of(
                        new Problem.InvalidParam(field + "[" + i + "]", "no student with id " + Problem.echo(externalIds.get(i)))));
            }
        }
        return externalIds.stream().map(found::get).toList();
    }

    /**
     * A staff member to assign (owner, coordinator, action assignee, conversation conductor):
     * unknown is a 400 naming the field, one who left the school a 422 (spec §1).
     */
    public Staff staff(String externalId, String field) {
        Staff s = staffRecord(externalId, field);
        requireNotLeft(s, field);
        return s;
    }

    /** The roster record whatever its state; unknown ids are a 400 naming the field. */
    public Staff staffRecord(String externalId, String field) {
        return staff.findByExternalId(externalId)
                .orElseThrow(() -> ApiException.invalidParam(field, "no staff member with id " + Problem.echo(externalId)));
    }

    public void requireNotLeft(Staff s, String field) {
        if (s.hasLeft(today())) {
            throw AccessRule.ASSIGNED_STAFF_LEFT.refused(field);
        }
    }

    public Map<UUID, Student> studentsById(Collection<UUID> ids) {
        return students.byIds(ids);
    }

    public Map<UUID, Staff> staffById(Collection<UUID> ids) {
        return staff.byIds(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    public List<StudentRef> studentRefs(Collection<UUID> ids) {
        return students.byIds(ids).values().stream().sorted(Comparator.comparing((Student s) -> s.externalId))
                .map(StudentRef::of).toList();
    }

    /** externalIds of the given students (internal ids); unknown ids are left out. */
    public Map<UUID, String> studentExternalIds(Collection<UUID> ids) {
        Map<UUID, String> out = new LinkedHashMap<>();
        students.byIds(new HashSet<>(ids)).forEach((id, s) -> out.put(id, s.externalId));
        return out;
    }

    public StaffRef staffRef(UUID id) {
        return id == null ? null : StaffRef.of(staff.findById(id));
    }

    public Map<UUID, StaffRef> staffRefs(Collection<UUID> ids) {
        Map<UUID, StaffRef> refs = new LinkedHashMap<>();
        staffById(ids).forEach((id, s) -> refs.put(id, StaffRef.of(s)));
        return refs;
    }

    public SchoolGroup group(String code) {
        return code == null ? null : groups.findById(code);
    }

    /** The coordinators (function LC or OC) of a department who have not left the school. */
    public List<Staff> coordinatorsOf(String department, String function) {
        LocalDate today = today();
        return staff.coordinatorsOf(department, function).stream().filter(s -> !s.hasLeft(today)).toList();
    }

    /** The mentors of these groups who have not left the school, by name. */
    public List<Staff> currentMentors(Collection<SchoolGroup> of) {
        LocalDate today = today();
        return staffById(of.stream().flatMap(g -> g.mentorIds.stream()).toList()).values().stream()
                .filter(s -> !s.hasLeft(today))
                .sorted(Comparator.comparing((Staff s) -> s.familyName).thenComparing(s -> s.externalId)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public List<Staff> allStaff() {
        return staff.listAllOrdered();
    }

    public Student student(UUID id) {
        return students.findById(id);
    }
}
