package nl.pestprotocol.cases;

import static nl.pestprotocol.cases.Step.ANALYSEREN;
import static nl.pestprotocol.cases.Step.EVALUATIE;
import static nl.pestprotocol.cases.Step.VERVOLGSTAPPEN;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import nl.pestprotocol.common.Problem.Condition;

/**
 * Which record may be written in which step: the protocol as data, beside the transition table.
 * Services ask {@link CaseAccess#writeRecord} for a case to write a record of a kind; tests are
 * parameterised over this table. {@code code} is the stable code of the refusal.
 */
public enum RecordKind {

    /** Summary, forms, owner and coordinators. */
    CASE_DETAILS("case-closed", "The case is closed (AFGESLOTEN); log a new incident to reopen it.", open()),
    INVOLVEMENT("case-closed", "The case is closed (AFGESLOTEN); log a new incident to reopen it.", open()),
    /** A new incident on a closed case is herhaling and reopens it, so incidents are welcome in every step. */
    INCIDENT("case-closed", "Incidents can be logged in every step.", EnumSet.allOf(Step.class)),
    ANALYSIS("analysis-only-in-analyseren", "The analysis is recorded in step ANALYSEREN (§4).", EnumSet.of(ANALYSEREN)),
    ACTION("case-closed", "The case is closed (AFGESLOTEN); log a new incident to reopen it.", open()),
    CONVERSATION("case-closed", "The case is closed (AFGESLOTEN); log a new incident to reopen it.", open()),
    AGREEMENT("case-closed", "The case is closed (AFGESLOTEN); log a new incident to reopen it.", open()),
    SIGN_OFF("sign-off-only-in-evaluatie", "Sign-offs are given in step EVALUATIE.", EnumSet.of(EVALUATIE)),
    /** Deciding a measure; its notifications are facts that may be recorded in any step, even after closing. */
    MEASURE("measure-only-in-vervolgstappen", "Measures are decided in step VERVOLGSTAPPEN (§6).", EnumSet.of(VERVOLGSTAPPEN)),
    /** Raising the PM level by hand (§5). */
    ESCALATION("case-closed", "The case is closed (AFGESLOTEN); log a new incident to reopen it.", open());

    public final String code;
    private final String message;
    private final Set<Step> steps;

    RecordKind(String code, String message, Set<Step> steps) {
        this.code = code;
        this.message = message;
        this.steps = steps;
    }

    private static Set<Step> open() {
        return EnumSet.complementOf(EnumSet.of(Step.AFGESLOTEN));
    }

    public boolean writableIn(Step step) {
        return steps.contains(step);
    }

    public Set<Step> steps() {
        return EnumSet.copyOf(steps);
    }

    /** The unmet condition when a record of this kind may not be written in {@code step}. */
    public Optional<Condition> refusalIn(Step step) {
        return writableIn(step) ? Optional.empty() : Optional.of(new Condition(code, message + " The case is in " + step + "."));
    }
}
