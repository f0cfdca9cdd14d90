package nl.pestprotocol.analysis;

/** "Wat is de ernst van de situatie". */
public enum Severity {
    LAAG, MIDDEN, HOOG
}
