package nl.pestprotocol.cases;

/** Bullying forms, §1.3 of the protocol. */
public enum Form {
    VERBAAL, LICHAMELIJK, INTIMIDATIE, ISOLATIE, STELEN_VERNIELEN, DIGITAAL
}
