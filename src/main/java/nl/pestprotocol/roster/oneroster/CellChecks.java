package nl.pestprotocol.roster.oneroster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.pestprotocol.common.Problem;

/**
 * The checks on one value of a OneRoster row that every file shares: required, a date, a period, a
 * reference to another file, true or false. A failing check adds a problem at the value's place
 * ({@code /classes.csv/12/schoolSourcedId}) and answers null, so reading goes on and all problems
 * are reported at once.
 */
final class CellChecks {

    private final List<Problem.InvalidParam> problems;

    CellChecks(List<Problem.InvalidParam> problems) {
        this.problems = problems;
    }

    void add(CsvTable t, CsvTable.Row r, String column, String reason) {
        problems.add(new Problem.InvalidParam(t.pointer(r, column), reason));
    }

    String required(CsvTable t, CsvTable.Row r, String column) {
        String v = t.get(r, column);
        if (v == null) {
            add(t, r, column, "is required");
        }
        return v;
    }

    /** OneRoster dates are {@code YYYY-MM-DD}; anything else is a problem, not a guess. */
    LocalDate date(CsvTable t, CsvTable.Row r, String column, boolean required) {
        String v = required ? required(t, r, column) : t.get(r, column);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                if (d.getYear() >= 1900) {
                    return d;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        add(t, r, column, "must be a date YYYY-MM-DD from 1900 on");
        return null;
    }

    /** The optional beginDate and endDate of a role or an enrollment; answers the end. */
    LocalDate endOfPeriod(CsvTable t, CsvTable.Row r) {
        LocalDate begin = date(t, r, "beginDate", false);
        LocalDate end = date(t, r, "endDate", false);
        if (begin != null && end != null && end.isBefore(begin)) {
            add(t, r, "endDate", "is before beginDate");
        }
        return end;
    }

    /** A reference to a row of another file: a problem when that file has no such row. */
    void mustName(CsvTable t, CsvTable.Row r, String column, String id, Map<String, ?> known, String what) {
        if (id != null && !known.containsKey(id)) {
            add(t, r, column, "names no " + what);
        }
    }

    /** An optional flag: answers the raw value, a problem when it is neither true nor false. */
    String trueOrFalse(CsvTable t, CsvTable.Row r, String column) {
        String v = t.get(r, column);
        if (v != null && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            add(t, r, column, "must be true or false");
        }
        return v;
    }

    /** A bulk file lists what is; a row marked tobedeleted is not part of it. */
    static boolean deleted(CsvTable t, CsvTable.Row r) {
        return "tobedeleted".equalsIgnoreCase(t.get(r, "status"));
    }

    /** A OneRoster list: values separated by commas (inside one quoted CSV field). */
    static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
