package nl.pestprotocol.measures;

/** SCHORSING: suspension of 1 to 5 school days. VOORDRACHT_VERWIJDERING: proposal for removal from the school. */
public enum MeasureType {
    SCHORSING, VOORDRACHT_VERWIJDERING
}
