package nl.pestprotocol.workflow;

import static nl.pestprotocol.cases.Step.AFGESLOTEN;
import static nl.pestprotocol.cases.Step.ANALYSEREN;
import static nl.pestprotocol.cases.Step.EVALUATIE;
import static nl.pestprotocol.cases.Step.PLAN;
import static nl.pestprotocol.cases.Step.SIGNALEREN;
import static nl.pestprotocol.cases.Step.UITVOEREN;
import static nl.pestprotocol.cases.Step.VERVOLGSTAPPEN;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.pestprotocol.cases.Step;
import nl.pestprotocol.security.Role;

/** The stappenplan as data (spec §3). Code, tests and 409 responses all read this table. */
public final class TransitionTable {

    private static final Set<Role> CASE_ROLES = Set.of(Role.MENTOR, Role.LEERLINGCOORDINATOR, Role.ONDERSTEUNINGSCOORDINATOR);
    private static final Set<Role> COORDINATORS = Set.of(Role.LEERLINGCOORDINATOR, Role.ONDERSTEUNINGSCOORDINATOR);

    public static final List<Transition> ALL = List.of(
            new Transition(SIGNALEREN, ANALYSEREN, CASE_ROLES, List.of(Rule.INCIDENT_REQUIRED, Rule.GEPESTE_REQUIRED)),
            new Transition(ANALYSEREN, PLAN, CASE_ROLES, List.of(Rule.ANALYSIS_REQUIRED, Rule.PESTER_REQUIRED,
                    Rule.GEPESTE_CONVERSATION_REQUIRED, Rule.PESTER_CONVERSATION_REQUIRED)),
            new Transition(ANALYSEREN, AFGESLOTEN, COORDINATORS, List.of(Rule.CLOSE_REASON_REQUIRED)),
            new Transition(PLAN, UITVOEREN, CASE_ROLES, List.of(Rule.SHORT_TERM_ACTION_REQUIRED,
                    Rule.LONG_TERM_ACTION_REQUIRED, Rule.EVERY_STUDENT_IN_ACTION)),
            new Transition(UITVOEREN, PLAN, CASE_ROLES, List.of(Rule.REASON_REQUIRED)),
            new Transition(UITVOEREN, EVALUATIE, CASE_ROLES, List.of(Rule.AGREEMENT_REQUIRED,
                    Rule.PARENTS_CONVERSATION_REQUIRED, Rule.OVERLEG_CONVERSATION_REQUIRED)),
            new Transition(EVALUATIE, AFGESLOTEN, COORDINATORS, List.of(Rule.MENTOR_SIGN_OFF_REQUIRED,
                    Rule.LC_SIGN_OFF_REQUIRED, Rule.OC_SIGN_OFF_REQUIRED, Rule.NO_NEGATIVE_SIGN_OFF,
                    Rule.AGREEMENTS_COMMUNICATED, Rule.NO_OVERDUE_AGREEMENT)),
            new Transition(EVALUATIE, PLAN, CASE_ROLES, List.of(Rule.REASON_REQUIRED)),
            new Transition(EVALUATIE, VERVOLGSTAPPEN, COORDINATORS, List.of(Rule.NEGATIVE_SIGN_OFF_REQUIRED,
                    Rule.BROKEN_AGREEMENT_BY_PESTER)),
            new Transition(VERVOLGSTAPPEN, EVALUATIE, COORDINATORS, List.of(Rule.MEASURE_REQUIRED,
                    Rule.MEASURE_NOTIFICATIONS_MISSING)),
            // Only the effect of logging a new incident on a closed case (herhaling).
            new Transition(AFGESLOTEN, ANALYSEREN, Set.of(), List.of()));

    private TransitionTable() {
    }

    public static Optional<Transition> find(Step from, Step to) {
        return ALL.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    public static List<Step> requestableFrom(Step from) {
        return ALL.stream().filter(t -> t.from() == from && t.requestable()).map(Transition::to).toList();
    }
}
