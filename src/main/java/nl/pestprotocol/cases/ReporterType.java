package nl.pestprotocol.cases;

/** Who reported an incident. */
public enum ReporterType {
    LEERLING, OUDER, DOCENT, MENTOR, OOP
}
