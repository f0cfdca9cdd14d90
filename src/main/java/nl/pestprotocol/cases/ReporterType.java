package nl.pestprotocol.cases;

/** Who reported an incident; {@code ANDERS} is someone else, as a report from outside the school may say (spec §13). */
public enum ReporterType {
    LEERLING, OUDER, DOCENT, MENTOR, OOP, ANDERS
}
