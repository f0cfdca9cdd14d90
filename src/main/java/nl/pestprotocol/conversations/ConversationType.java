package nl.pestprotocol.conversations;

/**
 * GEPESTE: with the victim. PESTER: with the bully. HERSTEL: victim and bully together. OUDERS:
 * with parents. GROEP: with the class. OVERLEG: the PM-3 meeting with everyone involved. ADVIES:
 * advice by the ondersteuningscoördinator.
 */
public enum ConversationType {
    GEPESTE, PESTER, HERSTEL, OUDERS, GROEP, OVERLEG, ADVIES
}
