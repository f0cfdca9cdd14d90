package nl.pestprotocol.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.pestprotocol.statistics.Suppression.Cell;

/** Spec §13: counts below 5 are shown as <5, and a total and its visible parts never reveal a hidden cell. */
class SuppressionTest {

    static Cell cell(String dimension, String value, long count) {
        return new Cell("CASES", "2026-11", dimension, value, count);
    }

    @Test
    void countsBelowFiveAreHiddenAndOthersShown() {
        Cell total = cell("TOTAL", "ALLE", 12);
        Cell pm1 = cell("LEVEL", "PM_1", 4);
        Cell pm2 = cell("LEVEL", "PM_2", 3);
        Cell pm3 = cell("LEVEL", "PM_3", 5);
        Map<Cell, String> shown = Suppression.apply(List.of(total, pm1, pm2, pm3));
        assertEquals("12", shown.get(total));
        assertEquals("<5", shown.get(pm1));
        assertEquals("<5", shown.get(pm2));
        assertEquals("5", shown.get(pm3));
    }

    @Test
    void aSingleHiddenPartHidesTheSmallestVisiblePartSoTheTotalCannotRevealIt() {
        Cell total = cell("TOTAL", "ALLE", 20);
        Cell signaleren = cell("STEP", "SIGNALEREN", 3);
        Cell plan = cell("STEP", "PLAN", 7);
        Cell uitvoeren = cell("STEP", "UITVOEREN", 10);
        Map<Cell, String> shown = Suppression.apply(List.of(total, signaleren, plan, uitvoeren));
        // 20 - 10 = 10 = SIGNALEREN + PLAN: neither can be told
        assertEquals("<5", shown.get(signaleren));
        assertEquals("<5", shown.get(plan));
        assertEquals("10", shown.get(uitvoeren));
        assertEquals("20", shown.get(total));
    }

    @Test
    void aHiddenTotalHidesAPartOfEveryDimensionWhosePartsWouldAddUpToIt() {
        Cell total = cell("TOTAL", "ALLE", 4);
        Cell onderbouw = cell("DEPARTMENT", "onderbouw", 4);
        Cell verbaal = cell("FORM", "VERBAAL", 4);
        Map<Cell, String> shown = Suppression.apply(List.of(total, onderbouw, verbaal));
        shown.values().forEach(v -> assertEquals("<5", v));
    }

    @Test
    void aHiddenTotalWithOnlyVisiblePartsHidesTheSmallestPart() {
        // parts 5 and 6 are not small, but a total hidden alone would be their sum
        Cell total = cell("TOTAL", "ALLE", 3);
        Cell a = cell("YEAR_GROUP", "1", 6);
        Cell b = cell("YEAR_GROUP", "2", 5);
        Map<Cell, String> shown = Suppression.apply(List.of(total, a, b));
        assertEquals("<5", shown.get(total));
        assertEquals("<5", shown.get(b));
        assertEquals("6", shown.get(a));
    }

    @Test
    void monthsAreSeparateTables() {
        Cell novTotal = cell("TOTAL", "ALLE", 9);
        Cell novPm1 = cell("LEVEL", "PM_1", 9);
        Cell decTotal = new Cell("CASES", "2026-12", "TOTAL", "ALLE", 6);
        Cell decPm1 = new Cell("CASES", "2026-12", "LEVEL", "PM_1", 2);
        Cell decPm2 = new Cell("CASES", "2026-12", "LEVEL", "PM_2", 4);
        Map<Cell, String> shown = Suppression.apply(List.of(novTotal, novPm1, decTotal, decPm1, decPm2));
        assertEquals("9", shown.get(novPm1));
        assertEquals("6", shown.get(decTotal));
        assertEquals("<5", shown.get(decPm1));
        assertEquals("<5", shown.get(decPm2));
    }

    @Test
    void aShareIsShownOnlyWhenNeitherItNorItsComplementRestsOnFewerThanFive() {
        assertNull(Suppression.share(4, 20));
        assertNull(Suppression.share(16, 20));
        assertNull(Suppression.share(3, 3));
        assertEquals(0.5, Suppression.share(10, 20));
        assertEquals(1.0, Suppression.share(8, 8));
    }

    @Test
    void csvFieldsCannotBreakTheLineOrRunAsAFormula() {
        assertEquals("\"a,b\"", StatisticsCsv.field("a,b"));
        assertEquals("'=SUM(A1)", StatisticsCsv.field("=SUM(A1)"));
        assertEquals("-3", StatisticsCsv.field("-3"));
        assertEquals("<5", StatisticsCsv.field("<5"));
    }
}
