package nl.pestprotocol.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.pestprotocol.cases.CaseEvents.LevelRaised;
import nl.pestprotocol.cases.CaseEvents.StepChanged;
import nl.pestprotocol.timeline.CaseEvent;
import nl.pestprotocol.timeline.EventType;

/**
 * The domain counters of spec §12 at /q/metrics, counted from the case events once their transaction
 * committed (a rolled-back request counts nothing). Tags are vocabularies only (steps, levels,
 * causes): never a case, pupil or staff id.
 */
@ApplicationScoped
public class DomainMetrics {

    static final String CASES_OPENED = "pestprotocol.cases.opened";
    static final String TRANSITIONS = "pestprotocol.case.transitions";
    static final String ESCALATIONS = "pestprotocol.case.escalations";

    private final MeterRegistry registry;
    private final Counter opened;

    public DomainMetrics(MeterRegistry registry) {
        this.registry = registry;
        // registered at start, so a dashboard sees 0 rather than no series
        this.opened = Counter.builder(CASES_OPENED).description("Cases opened").register(registry);
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseEvent event) {
        if (event.type() == EventType.CASE_OPENED) {
            opened.increment();
        } else if (event.data() instanceof StepChanged step) {
            Counter.builder(TRANSITIONS).description("Step changes of cases, by the step left and the step reached")
                    .tag("from", step.from().name()).tag("to", step.to().name())
                    .tag("cause", step.cause() == null ? "REQUESTED" : step.cause().name()).register(registry).increment();
        } else if (event.data() instanceof LevelRaised level) {
            Counter.builder(ESCALATIONS).description("Escalations of cases to a higher level, by level reached and cause")
                    .tag("to", level.to().name()).tag("cause", level.cause() == null ? "UNKNOWN" : level.cause().name()).register(registry).increment();
        }
    }
}
