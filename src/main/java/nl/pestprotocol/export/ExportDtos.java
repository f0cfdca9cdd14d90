package nl.pestprotocol.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The right-of-access export (AVG art. 15). Pupils other than the subject appear only by pseudonym. */
public final class ExportDtos {

    private ExportDtos() {
    }

    public record StudentExport(Subject student, Instant generatedAt, String notice, List<CaseExport> cases) {
    }

    public record Subject(String externalId, String name, String groupCode) {
    }

    public record Involved(String student, String role) {
    }

    public record CaseExport(String id, String summary, String step, String level, List<String> forms, Instant openedAt,
            Instant closedAt, String closeReason, List<Involved> involvements, List<IncidentExport> incidents,
            AnalysisExport analysis, List<ActionExport> actions, List<ConversationExport> conversations,
            List<AgreementExport> agreements, List<SignOffExport> signOffs, List<MeasureExport> measures,
            List<EventExport> timeline) {
    }

    public record IncidentExport(Instant occurredAt, Instant reportedAt, String reporterType, String reporterName,
            String location, List<String> forms, String description, List<String> students) {
    }

    public record AnalysisExport(String severity, String how, List<String> forms, String groupRole, LocalDate since,
            String duration, String previousInterventions, Instant recordedAt) {
    }

    public record ActionExport(String term, String track, String description, String assignee, List<String> students,
            LocalDate dueOn, String status) {
    }

    public record ConversationExport(String type, Instant heldAt, String conductedBy, List<String> students,
            List<String> otherParticipants, String notes, Map<String, String> guideAnswers, boolean safetyAssessed,
            LocalDate followUpOn) {
    }

    public record AgreementExport(String description, List<String> parties, LocalDate reviewOn, String status,
            Instant communicatedToStudentsAt, Instant communicatedToParentsAt, Instant recordedInSomAt) {
    }

    public record SignOffExport(int round, String staff, String signedAs, String outcome, String notes, Instant signedAt) {
    }

    public record MeasureExport(String type, String student, LocalDate startOn, Integer schoolDays, LocalDate endOn,
            String reason, LocalDate parentsHeardOn, Instant parentsNotifiedInWritingAt, Instant inspectieNotifiedAt,
            Instant leerplichtNotifiedAt) {
    }

    public record EventExport(String type, Instant occurredAt, String actor, Map<String, Object> data) {
    }
}
