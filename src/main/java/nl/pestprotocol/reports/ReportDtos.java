package nl.pestprotocol.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.pestprotocol.cases.CaseDtos.StudentRoleInput;
import nl.pestprotocol.cases.Form;
import nl.pestprotocol.roster.StaffRef;

/** API shapes of the desk: reports, receipts, the reporter's status and triage (spec §13). */
public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(example = "{\"reporterType\":\"LEERLING\",\"forms\":[\"DIGITAAL\"],\"location\":\"klassenapp\","
            + "\"occurredOn\":\"2026-11-05\",\"description\":\"In de klassenapp worden foto's van mij gedeeld met gemene teksten.\","
            + "\"about\":\"Twee jongens uit mijn klas\"}")
    public record ReportInput(
            @NotNull ReporterKind reporterType,
            @Size(max = 200) String reporterName,
            @Schema(description = "How the school can reach the reporter (e-mail or phone), if they want to be reached")
            @Size(max = 200) String reporterContact,
            @Size(max = 6) Set<@NotNull Form> forms,
            @Size(max = 200) String location,
            @PastOrPresent LocalDate occurredOn,
            @NotBlank @Size(max = 10000) String description,
            @Schema(description = "Whom it is about, in the reporter's own words; never linked to the roster automatically")
            @Size(max = 2000) String about) {
    }

    @Schema(requiredProperties = { "code", "secret", "status", "message" },
            description = "Keep the code and the secret: together they show the status of the report. The secret is shown only now.")
    public record Receipt(
            @Schema(maxLength = 14) String code,
            @Schema(maxLength = 24) String secret,
            ReportStatus status,
            @Schema(maxLength = 500) String message) {
    }

    @Schema(requiredProperties = { "code", "status", "message", "externalHelp" })
    public record ReportStatusView(
            @Schema(maxLength = 14) String code,
            ReportStatus status,
            @Schema(maxLength = 500) String message,
            @Schema(maxItems = 50) List<ExternalHelp.Place> externalHelp) {
    }

    @Schema(requiredProperties = { "id", "code", "reporterType", "forms", "status", "receivedAt" })
    public record ReportView(
            String id,
            @Schema(maxLength = 14) String code,
            ReporterKind reporterType,
            @Schema(maxLength = 200) String reporterName,
            @Schema(maxLength = 200) String reporterContact,
            @Schema(maxItems = 6) List<Form> forms,
            @Schema(maxLength = 200) String location,
            LocalDate occurredOn,
            @Schema(maxLength = 10000) String description,
            @Schema(maxLength = 2000) String about,
            ReportStatus status,
            @Schema(maxLength = 500) String message,
            Instant receivedAt,
            Triage triage,
            String caseId,
            StaffRef triagedBy,
            Instant triagedAt,
            @Schema(maxLength = 2000) String closeReason) {
    }

    /**
     * {@code GEKOPPELD}: log the report as an incident on {@code caseId} (a case you can see), naming
     * {@code students} if you know them. {@code NIEUWE_CASUS}: open a case with {@code summary} and the
     * report as its first incident, about {@code students}. {@code GESLOTEN}: close it with {@code closeReason}.
     * {@code message} is what the reporter reads with the status (otherwise a standard text).
     */
    @Schema(example = "{\"triage\":\"NIEUWE_CASUS\",\"summary\":\"Foto's in de klassenapp\","
            + "\"students\":[{\"studentId\":\"1A-01\",\"role\":\"GEPESTE\"}],\"message\":\"We nemen contact met je op.\"}")
    public record TriageInput(
            @NotNull Triage triage,
            @Schema(format = "uuid") @Size(max = 36) String caseId,
            @Size(min = 1, max = 200) String summary,
            @PastOrPresent Instant occurredAt,
            @Size(max = 50) List<@Valid @NotNull StudentRoleInput> students,
            @Size(min = 1, max = 2000) String closeReason,
            @Size(min = 1, max = 500) String message) {
    }
}
