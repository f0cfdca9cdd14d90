package nl.pestprotocol.statistics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The school's figures of one school year (spec §13): counts per month, measure, dimension and value,
 * every count below 5 shown as {@code <5} (and a complementary cell where subtraction would reveal
 * one), and figures about closing, reopening and evaluations. Never a name.
 */
@Schema(requiredProperties = { "schoolYear", "cells", "closing", "reopened", "evaluations" })
public record StatisticsView(
        @Schema(maxLength = 9, example = "2026-2027") String schoolYear,
        @Schema(maxItems = 100000) List<CellView> cells,
        ClosingView closing,
        ShareView reopened,
        ShareView evaluations) {

    public enum Measure {
        /** Cases, by the month they were opened in. */
        CASES,
        /** Incidents, by the month they were reported. */
        INCIDENTS
    }

    public enum Dimension {
        TOTAL, FORM, STEP, LEVEL, DEPARTMENT, YEAR_GROUP
    }

    @Schema(requiredProperties = { "month", "measure", "dimension", "value", "count" })
    public record CellView(
            @Schema(maxLength = 7, example = "2026-11") String month,
            Measure measure,
            Dimension dimension,
            @Schema(maxLength = 100, description = "The form, step, level, department or year group; ALLE for the total") String value,
            @Schema(maxLength = 12, description = "The number, or <5 when it is below 5 or would reveal one that is") String count) {
    }

    /** Days from opening to closing of the cases closed in the school year; the figures only from 5 cases on. */
    @Schema(requiredProperties = { "closedCases" })
    public record ClosingView(
            @Schema(maxLength = 12) String closedCases,
            Double medianDays,
            Double p90Days) {
    }

    /** A share of a number of cases or sign-offs; the share only when neither it nor its complement rests on fewer than 5. */
    @Schema(requiredProperties = { "of" })
    public record ShareView(
            @Schema(maxLength = 12, description = "Of how many cases (reopened) or sign-offs (evaluations)") String of,
            Double share) {
    }
}
