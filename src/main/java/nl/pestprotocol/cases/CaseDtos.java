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

import nl.pestprotocol.roster.StaffRef;

/** API shapes of cases, involvements and incidents. */
public final class CaseDtos {

    private CaseDtos() {
    }

    public record StudentRoleInput(@NotBlank @Size(max = 100) String studentId, @NotNull InvolvementRole role) {
    }

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
    public record PatchCaseInput(
            @Size(min = 1, max = 200) String summary,
            @Size(max = 6) Set<@NotNull Form> forms,
            @Size(min = 1, max = 100) String ownerId,
            @Size(min = 1, max = 100) String coordinatorId,
            @Size(min = 1, max = 100) String supportCoordinatorId) {
    }

    public record InvolvementView(String studentId, String name, String groupCode, InvolvementRole role) {
    }

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
