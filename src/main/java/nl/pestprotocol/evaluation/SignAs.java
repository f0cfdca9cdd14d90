package nl.pestprotocol.evaluation;

/** The role a person signs the evaluation in; the protocol wants all three. */
public enum SignAs {
    MENTOR, LEERLINGCOORDINATOR, ONDERSTEUNINGSCOORDINATOR
}
