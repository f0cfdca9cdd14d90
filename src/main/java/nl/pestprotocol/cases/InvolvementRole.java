package nl.pestprotocol.cases;

/** The victim, the bully, and the five subgroups of the silent middle group. */
public enum InvolvementRole {
    GEPESTE, PESTER, MEEDOER_ANGST, MEEDOER_VOORDEEL, AFZIJDIG, NIET_ZIEND, VERDEDIGER
}
