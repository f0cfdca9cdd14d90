package nl.pestprotocol.plan;

public enum ActionStatus {
    OPEN, GEDAAN, GESTAAKT
}
