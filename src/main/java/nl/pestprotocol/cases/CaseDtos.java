package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.pestprotocol.roster.StaffRef;

/** API shapes of cases, involvements and incidents. */
public final class CaseDtos {

    private CaseDtos() {
    }

    @Schema(example = "{\"studentId\":\"1A-03\",\"role\":\"MEEDOER_VOORDEEL\"}")
    public record StudentRoleInput(@NotBlank @Size(max = 100) String studentId, @NotNull InvolvementRole role) {
    }

    @Schema(example = "{\"occurredAt\":\"2026-11-09T10:15:00Z\",\"reporterType\":\"OUDER\",\"location\":\"fietsenstalling\",\"forms\":[\"LICHAMELIJK\"],\"description\":\"Sanne is geduwd bij de fietsenstalling.\",\"students\":[{\"studentId\":\"1A-01\",\"role\":\"GEPESTE\"},{\"studentId\":\"1A-02\",\"role\":\"PESTER\"}]}")
    public record IncidentInput(
            @NotNull @PastOrPresent Instant occurredAt,
            @PastOrPresent Instant reportedAt,
            @NotNull ReporterType reporterType,
            @Size(max = 200) String reporterName,
            @Size(max = 200) String location,
            @NotNull @Size(max = 6) Set<@NotNull Form> forms,
            @NotBlank @Size(max = 10000) String description,
            @NotNull @Size(max = 50) List<@Valid @NotNull StudentRoleInput> students) {
    }

    @Schema(example = "{\"summary\":\"Sanne wordt uitgescholden in de kantine\",\"forms\":[\"VERBAAL\"],\"incident\":{\"occurredAt\":\"2026-11-02T12:30:00Z\",\"reporterType\":\"LEERLING\",\"location\":\"kantine\",\"forms\":[\"VERBAAL\"],\"description\":\"Sanne wordt dagelijks uitgescholden.\",\"students\":[{\"studentId\":\"1A-01\",\"role\":\"GEPESTE\"},{\"studentId\":\"1A-02\",\"role\":\"PESTER\"}]}}")
    public record CreateCaseInput(
            @NotBlank @Size(max = 200) String summary,
            @Size(max = 6) Set<@NotNull Form> forms,
            @Valid @NotNull IncidentInput incident) {
    }

    /**
     * Merge-patch: absent properties stay as they are. Staff are named by externalId: {@code ownerId}
     * a mentor of a group of one of the case's students; {@code coordinatorId} and
     * {@code supportCoordinatorId} (set by a leerlingcoördinator or ondersteuningscoördinator only) a
     * coordinator of a department of one of them (spec §5).
     */
    @Schema(example = "{\"summary\":\"Sanne wordt uitgescholden en buitengesloten\",\"forms\":[\"VERBAAL\",\"ISOLATIE\"],\"coordinatorId\":\"mw-lc1\"}")
    public record PatchCaseInput(
            @Size(min = 1, max = 200) String summary,
            @Size(max = 6) Set<@NotNull Form> forms,
            @Size(min = 1, max = 100) String ownerId,
            @Size(min = 1, max = 100) String coordinatorId,
            @Size(min = 1, max = 100) String supportCoordinatorId) {
    }

    @Schema(requiredProperties = { "studentId", "name", "role" })
    public record InvolvementView(String studentId, String name, String groupCode, InvolvementRole role) {
    }

    @Schema(requiredProperties = { "id", "summary", "step", "level", "forms", "involvements", "openedAt", "version" })
    public record CaseView(
            String id,
            String summary,
            Step step,
            Level level,
            List<Form> forms,
            List<InvolvementView> involvements,
            StaffRef owner,
            StaffRef coordinator,
            StaffRef supportCoordinator,
            Instant openedAt,
            StaffRef openedBy,
            Instant closedAt,
            String closeReason,
            long version,
            /** Records on the case per kind (incidents, conversations, …); only in the full view. */
            Map<String, Long> counts) {
    }

    @Schema(requiredProperties = { "id", "occurredAt", "reporterType", "forms", "students", "loggedAt" })
    public record IncidentView(
            String id,
            Instant occurredAt,
            Instant reportedAt,
            ReporterType reporterType,
            String reporterName,
            String location,
            List<Form> forms,
            String description,
            List<InvolvementView> students,
            StaffRef loggedBy,
            Instant loggedAt) {
    }
}
