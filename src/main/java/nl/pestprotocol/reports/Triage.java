package nl.pestprotocol.reports;

/** What the aanspreekpunt did with a report (spec §13). */
public enum Triage {
    /** Logged as an incident on a case the aanspreekpunt can see. */
    GEKOPPELD,
    /** A new case opened with the report as its first incident. */
    NIEUWE_CASUS,
    /** Closed with a reason, without a case. */
    GESLOTEN
}
