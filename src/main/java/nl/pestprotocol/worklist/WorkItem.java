package nl.pestprotocol.worklist;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.pestprotocol.caserecords.WorkKind;

/** One thing that needs the caller's attention: its kind, the case, when it was due, and where to read it. */
@Schema(requiredProperties = { "kind", "caseId", "link" })
public record WorkItem(
        WorkKind kind,
        @Schema(format = "uuid", maxLength = 36) String caseId,
        @Schema(description = "When it was due (review date, due date, follow-up, start of a measure, leaving date); absent when it is simply open")
        LocalDate dueOn,
        @Schema(format = "uuid", maxLength = 36, description = "The agreement, action, conversation or measure, when the item is one")
        String recordId,
        @Schema(maxLength = 200, description = "The path of the case or record in this API") String link) {
}
