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
        if (event.data() instanceof StepChanged changed) {
            reports.followCase(event.caseId(),
                    changed.to() == Step.AFGESLOTEN ? ReportStatus.AFGEHANDELD : ReportStatus.IN_BEHANDELING);
        }
    }
}
