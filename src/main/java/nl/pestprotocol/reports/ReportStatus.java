package nl.pestprotocol.reports;

/** What a reporter may know of their report (spec §13), with the short message they read by default. */
public enum ReportStatus {
    ONTVANGEN("Je melding is ontvangen. Het aanspreekpunt pesten van de school leest haar zo snel mogelijk."),
    IN_BEHANDELING("Je melding wordt behandeld door de school."),
    AFGEHANDELD("De school heeft je melding afgehandeld.");

    public final String defaultMessage;

    ReportStatus(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }
}
