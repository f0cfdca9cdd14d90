package nl.pestprotocol.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.pestprotocol.cases.CaseEvents.StepChanged;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.timeline.CaseEvent;

/**
 * The reporter's status follows the case (spec §13): closing the case makes its reports
 * AFGEHANDELD, and reopening it by herhaling makes them IN_BEHANDELING again. Runs in the
 * transaction of the step change.
 */
@ApplicationScoped
public class ReportStatusFollower {

    private final ReportRepository reports;

    public ReportStatusFollower(ReportRepository reports) {
        this.reports = reports;
    }

    void onCaseEvent(@Observes CaseEvent event) {
        // only closing and reopening change what the reporter sees; other steps leave IN_BEHANDELING as it is
        if (event.data() instanceof StepChanged changed && (changed.to() == Step.AFGESLOTEN || changed.from() == Step.AFGESLOTEN)) {
            reports.followCase(event.caseId(),
                    changed.to() == Step.AFGESLOTEN ? ReportStatus.AFGEHANDELD : ReportStatus.IN_BEHANDELING);
        }
    }
}
