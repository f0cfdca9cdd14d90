package nl.pestprotocol.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.cases.InvolvementRules;
import nl.pestprotocol.cases.Level;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.conversations.ConversationType;
import nl.pestprotocol.evaluation.SignAs;
import nl.pestprotocol.plan.Term;

/** The table's rules over hand-made facts: no database, no HTTP. Each rule is met by good facts and unmet by one change. */
class RuleTest {

    /** Mutable facts, so each case below changes only what it is about. */
    static final class Facts {
        Level level = Level.PM_3;
        Set<InvolvementRole> roles = EnumSet.of(InvolvementRole.GEPESTE, InvolvementRole.PESTER);
        long incidents = 1;
        boolean analysisRecorded = true;
        Set<ConversationType> conversationTypes = EnumSet.allOf(ConversationType.class);
        Set<ConversationType> conversationTypesSinceLevel = EnumSet.allOf(ConversationType.class);
        Set<Term> actionTerms = EnumSet.allOf(Term.class);
        long studentsWithoutAction;
        long agreements = 1;
        long agreementsNotCommunicated;
        long agreementsOverdue;
        long agreementsBrokenByPester = 1;
        Set<SignAs> positiveSignOffRoles = EnumSet.allOf(SignAs.class);
        long negativeSignOffs;
        long measuresSinceStep = 1;
        long measuresMissingNotifications;
        String reason = "Reden";

        CaseFacts build() {
            return new CaseFacts(level, roles, incidents, analysisRecorded, conversationTypes, conversationTypesSinceLevel,
                    actionTerms, studentsWithoutAction, agreements, agreementsNotCommunicated, agreementsOverdue,
                    agreementsBrokenByPester, positiveSignOffRoles, negativeSignOffs, measuresSinceStep,
                    measuresMissingNotifications, reason);
        }

        Facts with(Consumer<Facts> change) {
            change.accept(this);
            return this;
        }
    }

    /** For every rule, one change of good facts that leaves it unmet. */
    private static final Map<Rule, UnaryOperator<Facts>> UNMET = new EnumMap<>(Map.ofEntries(
            Map.entry(Rule.INCIDENT_REQUIRED, f -> f.with(x -> x.incidents = 0)),
            Map.entry(Rule.GEPESTE_REQUIRED, f -> f.with(x -> x.roles = EnumSet.of(InvolvementRole.PESTER))),
            Map.entry(Rule.ANALYSIS_REQUIRED, f -> f.with(x -> x.analysisRecorded = false)),
            Map.entry(Rule.PESTER_REQUIRED, f -> f.with(x -> x.roles = EnumSet.of(InvolvementRole.GEPESTE))),
            Map.entry(Rule.GEPESTE_CONVERSATION_REQUIRED, f -> f.with(x -> x.conversationTypes.remove(ConversationType.GEPESTE))),
            Map.entry(Rule.PESTER_CONVERSATION_REQUIRED, f -> f.with(x -> x.conversationTypes.remove(ConversationType.PESTER))),
            Map.entry(Rule.CLOSE_REASON_REQUIRED, f -> f.with(x -> x.reason = " ")),
            Map.entry(Rule.SHORT_TERM_ACTION_REQUIRED, f -> f.with(x -> x.actionTerms = EnumSet.of(Term.LANG))),
            Map.entry(Rule.LONG_TERM_ACTION_REQUIRED, f -> f.with(x -> x.actionTerms = EnumSet.of(Term.KORT))),
            Map.entry(Rule.EVERY_STUDENT_IN_ACTION, f -> f.with(x -> x.studentsWithoutAction = 1)),
            Map.entry(Rule.REASON_REQUIRED, f -> f.with(x -> x.reason = null)),
            Map.entry(Rule.AGREEMENT_REQUIRED, f -> f.with(x -> x.agreements = 0)),
            Map.entry(Rule.PARENTS_CONVERSATION_REQUIRED,
                    f -> f.with(x -> x.conversationTypesSinceLevel.remove(ConversationType.OUDERS))),
            Map.entry(Rule.OVERLEG_CONVERSATION_REQUIRED,
                    f -> f.with(x -> x.conversationTypesSinceLevel.remove(ConversationType.OVERLEG))),
            Map.entry(Rule.MENTOR_SIGN_OFF_REQUIRED, f -> f.with(x -> x.positiveSignOffRoles.remove(SignAs.MENTOR))),
            Map.entry(Rule.LC_SIGN_OFF_REQUIRED, f -> f.with(x -> x.positiveSignOffRoles.remove(SignAs.LEERLINGCOORDINATOR))),
            Map.entry(Rule.OC_SIGN_OFF_REQUIRED,
                    f -> f.with(x -> x.positiveSignOffRoles.remove(SignAs.ONDERSTEUNINGSCOORDINATOR))),
            Map.entry(Rule.NO_NEGATIVE_SIGN_OFF, f -> f.with(x -> x.negativeSignOffs = 1)),
            Map.entry(Rule.AGREEMENTS_COMMUNICATED, f -> f.with(x -> x.agreementsNotCommunicated = 1)),
            Map.entry(Rule.NO_OVERDUE_AGREEMENT, f -> f.with(x -> x.agreementsOverdue = 1)),
            Map.entry(Rule.NEGATIVE_SIGN_OFF_REQUIRED, f -> f.with(x -> x.negativeSignOffs = 0)),
            Map.entry(Rule.BROKEN_AGREEMENT_BY_PESTER, f -> f.with(x -> x.agreementsBrokenByPester = 0)),
            Map.entry(Rule.MEASURE_REQUIRED, f -> f.with(x -> x.measuresSinceStep = 0)),
            Map.entry(Rule.MEASURE_NOTIFICATIONS_MISSING, f -> f.with(x -> x.measuresMissingNotifications = 1))));

    /** Good facts meet every rule, except the two that need a negative sign-off and no negative sign-off. */
    private static Facts good(Rule rule) {
        Facts f = new Facts();
        if (rule == Rule.NEGATIVE_SIGN_OFF_REQUIRED) {
            f.negativeSignOffs = 1;
        }
        return f;
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleIsMetByFactsThatSatisfyIt(Rule rule) {
        assertTrue(rule.isMet(good(rule).build()), rule.code);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleIsUnmetWhenItsOwnFactIsMissing(Rule rule) {
        assertTrue(UNMET.containsKey(rule), () -> "no unmet case for the new rule " + rule.code);
        assertFalse(rule.isMet(UNMET.get(rule).apply(good(rule)).build()), rule.code);
    }

    @Test
    void aNegativeSignOffOfTheRoundRefusesClosingEvenWithAllThreePositiveOnes() {
        Transition closing = TransitionTable.find(Step.EVALUATIE, Step.AFGESLOTEN).orElseThrow();
        CaseFacts facts = new Facts().with(x -> x.negativeSignOffs = 1).build();
        assertEquals(Set.of(Rule.NO_NEGATIVE_SIGN_OFF),
                closing.rules().stream().filter(r -> !r.isMet(facts)).collect(Collectors.toSet()));
    }

    @Test
    void thePm1LevelNeedsNeitherOudersNorOverlegAndPm2NeedsOnlyOuders() {
        Transition toEvaluatie = TransitionTable.find(Step.UITVOEREN, Step.EVALUATIE).orElseThrow();
        UnaryOperator<Facts> noLevelConversations = f -> f.with(x -> x.conversationTypesSinceLevel = EnumSet.noneOf(
                ConversationType.class));
        CaseFacts pm1 = noLevelConversations.apply(new Facts().with(x -> x.level = Level.PM_1)).build();
        assertTrue(toEvaluatie.rules().stream().allMatch(r -> r.isMet(pm1)));
        CaseFacts pm2 = noLevelConversations.apply(new Facts().with(x -> x.level = Level.PM_2)).build();
        assertEquals(Set.of(Rule.PARENTS_CONVERSATION_REQUIRED),
                toEvaluatie.rules().stream().filter(r -> !r.isMet(pm2)).collect(Collectors.toSet()));
        CaseFacts pm3 = noLevelConversations.apply(new Facts()).build();
        assertEquals(Set.of(Rule.PARENTS_CONVERSATION_REQUIRED, Rule.OVERLEG_CONVERSATION_REQUIRED),
                toEvaluatie.rules().stream().filter(r -> !r.isMet(pm3)).collect(Collectors.toSet()));
    }

    @Test
    void levelConditionsReadOnlyConversationsHeldSinceTheLevelWasReached() {
        CaseFacts oudersBeforePm2 = new Facts().with(x -> {
            x.level = Level.PM_2;
            x.conversationTypes = EnumSet.of(ConversationType.OUDERS);
            x.conversationTypesSinceLevel = EnumSet.noneOf(ConversationType.class);
        }).build();
        assertFalse(Rule.PARENTS_CONVERSATION_REQUIRED.isMet(oudersBeforePm2));
    }

    @Test
    void theRolesInvolvementRemovalKeepsAreTheRoleGuardsOfTheTableWithTheStepTheyAreAskedIn() {
        Map<Rule, InvolvementRole> roleGuards = Map.of(Rule.GEPESTE_REQUIRED, InvolvementRole.GEPESTE, Rule.PESTER_REQUIRED,
                InvolvementRole.PESTER);
        Map<InvolvementRole, Step> fromTable = new EnumMap<>(InvolvementRole.class);
        for (Transition t : TransitionTable.ALL) {
            t.rules().stream().filter(roleGuards::containsKey).forEach(r -> fromTable.put(roleGuards.get(r), t.from()));
        }
        assertEquals(fromTable, new EnumMap<>(InvolvementRules.REQUIRED_WHEN_LEAVING));
    }
}
