package nl.pestprotocol.cases;

import java.time.LocalDate;

/** The filters of GET /cases; null means "any". */
public record CaseFilter(Step step, Level level, String studentId, String groupCode, LocalDate openedFrom,
        LocalDate openedTo) {
}
