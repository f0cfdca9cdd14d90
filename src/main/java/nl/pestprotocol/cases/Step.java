package nl.pestprotocol.cases;

/** The steps of the stappenplan (§2.2), and the end state. */
public enum Step {
    SIGNALEREN, ANALYSEREN, PLAN, UITVOEREN, EVALUATIE, VERVOLGSTAPPEN, AFGESLOTEN
}
