package nl.pestprotocol.roster.sync;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of {@code POST /roster/sync}. The items are checked by {@link SyncValidator}, not by
 * bean validation, so that a 422 can list every invalid item by its JSON pointer at once.
 */
public final class SyncDtos {

    /** A school board's roster: 20,000 pupils fit in one request. */
    public static final int MAX_STUDENTS = 25_000;
    public static final int MAX_GROUPS = 2_000;
    public static final int MAX_STAFF = 5_000;

    private SyncDtos() {
    }

    /** FULL: whoever is missing has left (never deleted); DELTA: only what is sent is upserted. */
    public enum SyncMode {
        FULL, DELTA
    }

    @Schema(example = "{\"mode\":\"DELTA\",\"staff\":[{\"externalId\":\"mw-jansen\",\"username\":\"jjansen\",\"givenName\":\"Joke\","
            + "\"familyName\":\"Jansen\"}],\"groups\":[{\"code\":\"3C\",\"department\":\"onderbouw\",\"schoolYear\":\"2026-2027\","
            + "\"mentors\":[\"mw-jansen\"]}],\"students\":[{\"externalId\":\"L-100234\",\"givenName\":\"Sanne\","
            + "\"familyName\":\"de Vries\",\"groupCode\":\"3C\"}]}")
    public record RosterSyncInput(
            @NotNull SyncMode mode,
            @Size(max = MAX_STUDENTS) List<SyncStudent> students,
            @Size(max = MAX_GROUPS) List<SyncGroup> groups,
            @Size(max = MAX_STAFF) List<SyncStaff> staff) {

        public List<SyncStudent> studentsOrEmpty() {
            return students == null ? List.of() : students;
        }

        public List<SyncGroup> groupsOrEmpty() {
            return groups == null ? List.of() : groups;
        }

        public List<SyncStaff> staffOrEmpty() {
            return staff == null ? List.of() : staff;
        }
    }

    /** {@code active} defaults to "no leftOn", as on {@code PUT /students/{externalId}}. */
    @Schema(requiredProperties = { "externalId", "givenName", "familyName" })
    public record SyncStudent(
            @Size(max = 100) String externalId,
            @Size(max = 200) String eckId,
            @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            @Size(max = 20) String groupCode,
            Boolean active,
            LocalDate leftOn) {
    }

    @Schema(requiredProperties = { "code", "department", "schoolYear", "mentors" })
    public record SyncGroup(
            @Size(max = 20) String code,
            @Size(max = 100) String department,
            @Size(max = 9) String schoolYear,
            @Size(max = 20) List<@Size(max = 100) String> mentors) {
    }

    /** {@code active} defaults to true, as on {@code PUT /staff/{externalId}}. */
    @Schema(requiredProperties = { "externalId", "username", "givenName", "familyName" })
    public record SyncStaff(
            @Size(max = 100) String externalId,
            @Size(max = 100) String username,
            @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            @Size(max = 50) List<@Size(max = 100) String> departments,
            @Size(max = 50) List<@Size(max = 100) String> supportDepartments,
            Boolean active,
            LocalDate leftOn) {
    }

    /** How many, and which (externalIds or group codes, sorted). */
    @Schema(requiredProperties = { "count", "ids" })
    public record Changed(@Schema(minimum = "0", maximum = "25000") int count,
            @Schema(maxItems = MAX_STUDENTS) List<@Size(max = 100) String> ids) {

        static Changed of(List<String> ids) {
            List<String> sorted = ids.stream().sorted().toList();
            return new Changed(sorted.size(), sorted);
        }
    }

    /** Students or staff: {@code left} are those a FULL sync marked as left (inactive, leftOn today). */
    @Schema(requiredProperties = { "created", "updated", "left", "unchanged" })
    public record PeopleChanges(Changed created, Changed updated, Changed left, int unchanged) {
    }

    /** Groups are never marked as left or deleted: a group that is not sent stays as it is. */
    @Schema(requiredProperties = { "created", "updated", "unchanged" })
    public record GroupChanges(Changed created, Changed updated, int unchanged) {
    }

    /** What the sync changed, or with {@code dryRun} what it would change. */
    @Schema(requiredProperties = { "mode", "dryRun", "students", "groups", "staff" })
    public record RosterSyncResult(SyncMode mode, boolean dryRun, PeopleChanges students, GroupChanges groups,
            PeopleChanges staff) {
    }
}
