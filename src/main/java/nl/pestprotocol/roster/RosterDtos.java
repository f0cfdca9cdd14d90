package nl.pestprotocol.roster;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of the roster. Staff and students are named by their externalId from the student record system. */
public final class RosterDtos {

    private RosterDtos() {
    }

    @Schema(example = "{\"givenName\":\"Sanne\",\"familyName\":\"de Vries\",\"groupCode\":\"1A\"}")
    public record StudentInput(
            @Size(max = 200) String eckId,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Size(max = 20) String groupCode,
            Boolean active,
            LocalDate leftOn) {
    }

    @Schema(requiredProperties = { "externalId", "givenName", "familyName", "active" })
    public record StudentView(String externalId, String eckId, String givenName, String familyName, String groupCode,
            boolean active, LocalDate leftOn) {

        static StudentView of(Student s) {
            return new StudentView(s.externalId, s.eckId, s.givenName, s.familyName, s.groupCode, s.active, s.leftOn);
        }
    }

    @Schema(example = "{\"department\":\"onderbouw\",\"schoolYear\":\"2026-2027\",\"mentors\":[\"mw-mentor1\"]}")
    public record GroupInput(
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "must look like 2026-2027") String schoolYear,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> mentors) {
    }

    @Schema(requiredProperties = { "code", "department", "schoolYear", "mentors" })
    public record GroupView(String code, String department, String schoolYear, List<StaffRef> mentors) {
    }

    @Schema(example = "{\"username\":\"mentor1\",\"givenName\":\"Marieke\",\"familyName\":\"Mentor\",\"departments\":[\"onderbouw\"]}")
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
    @Schema(requiredProperties = { "externalId", "username", "givenName", "familyName", "departments", "supportDepartments", "active" })
    public record StaffView(String externalId, String username, String givenName, String familyName, List<String> departments,
            List<String> supportDepartments, boolean active, LocalDate leftOn) {
    }
}
