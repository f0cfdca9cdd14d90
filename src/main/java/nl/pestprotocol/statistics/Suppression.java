package nl.pestprotocol.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small-cell suppression (spec §13): every count below {@value #THRESHOLD} is shown as {@code <5}, and
 * a total and its visible parts must not reveal a suppressed cell. Within one table (a measure in one
 * month) each dimension's parts and the table's total form a group; a group with exactly one hidden
 * cell would give it away by subtraction, so the smallest visible part (or else the total) is hidden
 * too, until no group has exactly one hidden cell. Totals are never summed over months, so months are
 * independent tables.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;
    public static final String HIDDEN = "<5";
    public static final String TOTAL = "TOTAL";

    /** One count before suppression. */
    public record Cell(String measure, String month, String dimension, String value, long count) {
    }

    private Suppression() {
    }

    /** The shown counts, in the order of {@code cells}: the number, or {@link #HIDDEN}. */
    public static Map<Cell, String> apply(List<Cell> cells) {
        Set<Cell> hidden = cells.stream().filter(c -> c.count() < THRESHOLD).collect(Collectors.toCollection(HashSet::new));
        Map<String, List<Cell>> tables = cells.stream().collect(Collectors.groupingBy(c -> c.measure() + "|" + c.month(),
                LinkedHashMap::new, Collectors.toList()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> table : tables.values()) {
                Cell total = table.stream().filter(c -> c.dimension().equals(TOTAL)).findFirst().orElse(null);
                Map<String, List<Cell>> dimensions = table.stream().filter(c -> !c.dimension().equals(TOTAL))
                        .collect(Collectors.groupingBy(Cell::dimension, LinkedHashMap::new, Collectors.toList()));
                for (List<Cell> parts : dimensions.values()) {
                    List<Cell> group = new ArrayList<>(parts);
                    if (total != null) {
                        group.add(total);
                    }
                    if (group.stream().filter(hidden::contains).count() != 1) {
                        continue;
                    }
                    Cell next = parts.stream().filter(c -> !hidden.contains(c)).min(Comparator.comparingLong(Cell::count))
                            .orElse(total);
                    if (next != null && hidden.add(next)) {
                        changed = true;
                    }
                }
            }
        }
        Map<Cell, String> shown = new LinkedHashMap<>();
        cells.forEach(c -> shown.put(c, hidden.contains(c) ? HIDDEN : Long.toString(c.count())));
        return shown;
    }

    /** A share is shown only when neither it nor its complement rests on fewer than {@value #THRESHOLD} cases. */
    public static Double share(long part, long whole) {
        if (part < THRESHOLD || whole - part < THRESHOLD && part != whole || whole < THRESHOLD) {
            return null;
        }
        return Math.round(1000.0 * part / whole) / 1000.0;
    }

    public static String count(long n) {
        return n < THRESHOLD ? HIDDEN : Long.toString(n);
    }
}
