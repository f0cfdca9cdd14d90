package nl.pestprotocol.reports;

import nl.pestprotocol.cases.ReporterType;

/** Who sends a report to the desk (spec §13): a pupil, a parent, or someone else. */
public enum ReporterKind {
    LEERLING(ReporterType.LEERLING), OUDER(ReporterType.OUDER), ANDERS(ReporterType.ANDERS);

    /** The reporter type of the incident a triaged report becomes. */
    public final ReporterType incidentReporter;

    ReporterKind(ReporterType incidentReporter) {
        this.incidentReporter = incidentReporter;
    }
}
