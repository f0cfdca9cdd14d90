package nl.pestprotocol.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CalendarDtos {

    private CalendarDtos() {
    }

    public record Period(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotBlank @Size(max = 200) String name) {
    }

    /** Weekends are never school days and need not be listed. */
    @Schema(example = "{\"nonSchoolDays\":[{\"startsOn\":\"2026-10-17\",\"endsOn\":\"2026-10-25\",\"name\":\"Herfstvakantie\"}]}")
    public record CalendarInput(@NotNull @Size(max = 100) List<@Valid @NotNull Period> nonSchoolDays) {
    }

    @Schema(requiredProperties = { "schoolYear", "firstDay", "lastDay", "nonSchoolDays" })
    public record CalendarView(String schoolYear, LocalDate firstDay, LocalDate lastDay, List<Period> nonSchoolDays) {
    }
}
