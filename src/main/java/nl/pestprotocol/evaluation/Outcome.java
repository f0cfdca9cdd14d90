package nl.pestprotocol.evaluation;

public enum Outcome {
    EFFECT_BEHAALD, NIET_BEHAALD
}
