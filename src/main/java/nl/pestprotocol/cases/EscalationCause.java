package nl.pestprotocol.cases;

/** Why a level went up: a repeated incident (herhaling) or a coordinator's decision (handmatig). */
public enum EscalationCause {
    HERHALING, HANDMATIG
}
