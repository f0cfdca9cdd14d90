package nl.pestprotocol.agreements;

/** ACTIEF: in force. NAGEKOMEN: kept. GESCHONDEN: broken. */
public enum AgreementStatus {
    ACTIEF, NAGEKOMEN, GESCHONDEN
}
