package nl.pestprotocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.pestprotocol.cases.CaseDtos.StudentRoleInput;
import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.statistics.StatisticsView;
import nl.pestprotocol.statistics.StatisticsView.CellView;
import nl.pestprotocol.statistics.StatisticsView.ClosingView;
import nl.pestprotocol.statistics.StatisticsView.Dimension;
import nl.pestprotocol.statistics.StatisticsView.Measure;
import nl.pestprotocol.statistics.StatisticsView.ShareView;

/** The charts' data and the triage form's pupil lines, without a server. */
class ChartDataTest {

    private static final StatisticsView VIEW = new StatisticsView("2026-2027", List.of(
            new CellView("2026-09", Measure.CASES, Dimension.TOTAL, "ALLE", "7"),
            new CellView("2026-09", Measure.INCIDENTS, Dimension.TOTAL, "ALLE", "<5"),
            new CellView("2026-10", Measure.CASES, Dimension.TOTAL, "ALLE", "<5"),
            new CellView("2026-10", Measure.INCIDENTS, Dimension.TOTAL, "ALLE", "12"),
            new CellView("2026-09", Measure.CASES, Dimension.FORM, "VERBAAL", "7")),
            new ClosingView("<5", null, null), new ShareView("<5", null), new ShareView("<5", null));

    @Test
    @SuppressWarnings("unchecked")
    void aSuppressedCountIsNoBarNeverAGuessedNumber() {
        Map<String, Object> option = ChartData.perMonth(VIEW);
        assertEquals(List.of("2026-09", "2026-10"), ((Map<String, Object>) option.get("xAxis")).get("data"));
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        assertEquals(Arrays.asList(7, null), series.get(0).get("data"), "cases");
        assertEquals(Arrays.asList(null, 12), series.get(1).get("data"), "incidents");
    }

    @Test
    @SuppressWarnings("unchecked")
    void casesByFormAreStackedPerMonthWithDutchNames() {
        List<Map<String, Object>> series = (List<Map<String, Object>>) ChartData.casesBy(VIEW, Dimension.FORM).get("series");
        assertEquals(1, series.size());
        assertEquals("Verbaal", series.get(0).get("name"));
        assertEquals(Arrays.asList(7, null), series.get(0).get("data"));
    }

    @Test
    void theTriageFormReadsOnePupilPerLineAndNamesEachLineItCannotRead() {
        List<String> problems = new ArrayList<>();
        List<StudentRoleInput> students = IntakePages.students("1A-01 GEPESTE\n\n 1A-02, pester \n1A-03\n1A-04 BOEF", problems);
        assertEquals(List.of(new StudentRoleInput("1A-01", InvolvementRole.GEPESTE), new StudentRoleInput("1A-02", InvolvementRole.PESTER)),
                students);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'1A-03'") && problems.get(1).contains("'1A-04 BOEF'"), problems.toString());
    }
}
