package nl.pestprotocol.plan;

/** KORT: stop the bullying now. LANG: improve the atmosphere and relations so bullying gets no chance. */
public enum Term {
    KORT, LANG
}
