package nl.pestprotocol.plan;

/** The five tracks of the vijfsporenaanpak (§2.1). */
public enum Track {
    GEPESTE, PESTER, GROEP, OUDERS, SCHOOL
}
