package nl.pestprotocol.statistics;

import nl.pestprotocol.statistics.StatisticsView.CellView;

/**
 * The statistics as CSV (RFC 4180): one line per cell, then the closing, reopening and evaluation
 * figures as lines of their own. Values come from enums, the roster's department codes and numbers;
 * any value is quoted when it holds a comma, quote or line break, and one starting with = + - @ is
 * prefixed with a quote so a spreadsheet does not run it as a formula.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(StatisticsView s) {
        StringBuilder csv = new StringBuilder("schoolYear,month,measure,dimension,value,count\r\n");
        for (CellView c : s.cells()) {
            line(csv, s.schoolYear(), c.month(), c.measure().name(), c.dimension().name(), c.value(), c.count());
        }
        line(csv, s.schoolYear(), "", "CLOSED_CASES", "TOTAL", "ALLE", s.closing().closedCases());
        line(csv, s.schoolYear(), "", "DAYS_TO_CLOSE_MEDIAN", "TOTAL", "ALLE", number(s.closing().medianDays()));
        line(csv, s.schoolYear(), "", "DAYS_TO_CLOSE_P90", "TOTAL", "ALLE", number(s.closing().p90Days()));
        line(csv, s.schoolYear(), "", "REOPENED_SHARE", "TOTAL", "ALLE", number(s.reopened().share()));
        line(csv, s.schoolYear(), "", "EFFECT_BEHAALD_SHARE", "TOTAL", "ALLE", number(s.evaluations().share()));
        return csv.toString();
    }

    private static String number(Double d) {
        return d == null ? "" : d.toString();
    }

    private static void line(StringBuilder csv, String... values) {
        for (int i = 0; i < values.length; i++) {
            csv.append(i == 0 ? "" : ",").append(field(values[i]));
        }
        csv.append("\r\n");
    }

    static String field(String v) {
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?") ? "'" + v : v;
        return safe.matches(".*[,\"\r\n].*") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
