package nl.pestprotocol.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.cases.CaseFigures;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.evaluation.EvaluationFigures;
import nl.pestprotocol.statistics.StatisticsView.CellView;
import nl.pestprotocol.statistics.StatisticsView.ClosingView;
import nl.pestprotocol.statistics.StatisticsView.Dimension;
import nl.pestprotocol.statistics.StatisticsView.Measure;
import nl.pestprotocol.statistics.StatisticsView.ShareView;
import nl.pestprotocol.statistics.Suppression.Cell;

/** The statistics of one school year (1 August to 31 July), with small counts suppressed. */
@ApplicationScoped
public class StatisticsService {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private final CaseFigures cases;
    private final EvaluationFigures evaluations;
    private final Clock clock;
    private final ZoneId zone;

    public StatisticsService(CaseFigures cases, EvaluationFigures evaluations, Clock clock, PestprotocolConfig config) {
        this.cases = cases;
        this.evaluations = evaluations;
        this.clock = clock;
        this.zone = config.zone();
    }

    public StatisticsView of(String schoolYear) {
        int first = firstYear(schoolYear);
        Instant from = LocalDate.of(first, 8, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(first + 1, 8, 1).atStartOfDay(zone).toInstant();
        List<Cell> raw = new ArrayList<>();
        cases.cases(from, to, zone).forEach(c -> raw.add(new Cell(Measure.CASES.name(), c.month(), c.dimension(), c.value(), c.count())));
        cases.incidents(from, to, zone)
                .forEach(c -> raw.add(new Cell(Measure.INCIDENTS.name(), c.month(), c.dimension(), c.value(), c.count())));
        raw.sort(Comparator.comparing(Cell::month).thenComparing(Cell::measure)
                .thenComparing(c -> Dimension.valueOf(c.dimension())).thenComparing(Cell::value));
        Map<Cell, String> shown = Suppression.apply(raw);
        List<CellView> cells = raw.stream().map(c -> new CellView(c.month(), Measure.valueOf(c.measure()),
                Dimension.valueOf(c.dimension()), c.value(), shown.get(c))).toList();
        CaseFigures.Closing closing = cases.closing(from, to);
        boolean enough = closing.cases() >= Suppression.THRESHOLD;
        CaseFigures.Reopened reopened = cases.reopened(from, to);
        EvaluationFigures.Outcomes outcomes = evaluations.outcomes(from, to);
        return new StatisticsView(first + "-" + (first + 1), cells,
                new ClosingView(Suppression.count(closing.cases()), enough ? days(closing.median()) : null,
                        enough ? days(closing.p90()) : null),
                new ShareView(Suppression.count(reopened.cases()), Suppression.share(reopened.reopened(), reopened.cases())),
                new ShareView(Suppression.count(outcomes.signOffs()),
                        Suppression.share(outcomes.effectBehaald(), outcomes.signOffs())));
    }

    private int firstYear(String schoolYear) {
        if (schoolYear == null) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        }
        var m = SCHOOL_YEAR.matcher(schoolYear);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1
                || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2200) {
            throw ApiException.invalidParam("schoolYear", "must be a school year such as 2026-2027");
        }
        return Integer.parseInt(m.group(1));
    }

    private static Double days(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }
}
