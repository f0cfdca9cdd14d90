package nl.pestprotocol.roster;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** API shapes of the roster. Staff and students are named by their externalId from the student record system. */
public final class RosterDtos {

    private RosterDtos() {
    }

    public record StudentInput(
            @Size(max = 200) String eckId,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Size(max = 20) String groupCode,
            Boolean active,
            LocalDate leftOn) {
    }

    public record StudentView(String externalId, String eckId, String givenName, String familyName, String groupCode,
            boolean active, LocalDate leftOn) {

        static StudentView of(Student s) {
            return new StudentView(s.externalId, s.eckId, s.givenName, s.familyName, s.groupCode, s.active, s.leftOn);
        }
    }

    public record GroupInput(
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "must look like 2026-2027") String schoolYear,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> mentors) {
    }

    public record GroupView(String code, String department, String schoolYear, List<StaffRef> mentors) {
    }

    public record StaffInput(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> departments,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> supportDepartments,
            Boolean active,
            LocalDate leftOn) {
    }

    /**
     * {@code departments}: coordinated as leerlingcoördinator; {@code supportDepartments}: as
     * ondersteuningscoördinator. {@code active} false or {@code leftOn} in the past: left the school.
     */
    public record StaffView(String externalId, String username, String givenName, String familyName, List<String> departments,
            List<String> supportDepartments, boolean active, LocalDate leftOn) {
    }
}
