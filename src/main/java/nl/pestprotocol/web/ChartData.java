package nl.pestprotocol.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.pestprotocol.statistics.StatisticsView;
import nl.pestprotocol.statistics.StatisticsView.CellView;
import nl.pestprotocol.statistics.StatisticsView.Dimension;
import nl.pestprotocol.statistics.StatisticsView.Measure;

/**
 * The statistics as chart options for the browser (ECharts), built here so the page carries data
 * only, no script. A suppressed cell ({@code <5}) is no bar at all: never drawn as a guessed number.
 */
final class ChartData {

    private ChartData() {
    }

    /** Cases and incidents per month. */
    static Map<String, Object> perMonth(StatisticsView view) {
        List<String> months = months(view);
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(bars("Casussen", values(view, months, Measure.CASES, Dimension.TOTAL, "ALLE"), null));
        series.add(bars("Incidenten", values(view, months, Measure.INCIDENTS, Dimension.TOTAL, "ALLE"), null));
        return chart(months, series);
    }

    /** New cases per month by one dimension (form, level, ...), stacked. */
    static Map<String, Object> casesBy(StatisticsView view, Dimension dimension) {
        List<String> months = months(view);
        TreeSet<String> values = new TreeSet<>();
        view.cells().stream().filter(c -> c.measure() == Measure.CASES && c.dimension() == dimension).forEach(c -> values.add(c.value()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (String value : values) {
            series.add(bars(legend(dimension, value), values(view, months, Measure.CASES, dimension, value), "totaal"));
        }
        return chart(months, series);
    }

    /** Short Dutch names for the legend; other dimensions' values (PM_1, 1A, onderbouw) are already readable. */
    static String legend(Dimension dimension, String value) {
        if (dimension != Dimension.FORM) {
            return value.replace('_', ' ');
        }
        return switch (value) {
            case "VERBAAL" -> "Verbaal";
            case "LICHAMELIJK" -> "Lichamelijk";
            case "INTIMIDATIE" -> "Intimidatie";
            case "ISOLATIE" -> "Buitensluiten";
            case "STELEN_VERNIELEN" -> "Stelen/vernielen";
            case "DIGITAAL" -> "Digitaal";
            default -> value;
        };
    }

    private static List<String> months(StatisticsView view) {
        return new ArrayList<>(new TreeSet<>(view.cells().stream().map(CellView::month).toList()));
    }

    private static List<Integer> values(StatisticsView view, List<String> months, Measure measure, Dimension dimension, String value) {
        List<Integer> out = new ArrayList<>();
        for (String month : months) {
            out.add(view.cells().stream()
                    .filter(c -> c.month().equals(month) && c.measure() == measure && c.dimension() == dimension && c.value().equals(value))
                    .map(CellView::count).filter(ChartData::isNumber).map(Integer::valueOf).findFirst().orElse(null));
        }
        return out;
    }

    private static boolean isNumber(String count) {
        return count != null && count.matches("\\d+");
    }

    private static Map<String, Object> bars(String name, List<Integer> data, String stack) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        if (stack != null) {
            s.put("stack", stack);
        }
        s.put("data", data);
        return s;
    }

    private static Map<String, Object> chart(List<String> months, List<Map<String, Object>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 40, "right", 10, "top", 20, "bottom", 60));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return option;
    }
}
