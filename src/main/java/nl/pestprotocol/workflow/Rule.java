package nl.pestprotocol.workflow;

import java.util.function.Predicate;

import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.cases.Level;
import nl.pestprotocol.conversations.ConversationType;
import nl.pestprotocol.evaluation.SignAs;
import nl.pestprotocol.plan.Term;

/**
 * The named guards of the state machine (spec §3). {@code code} is stable: clients, the 409
 * responses and the tests rely on it. The facts they read count only the current cycle's records
 * (see {@link CaseFacts}).
 */
public enum Rule {

    INCIDENT_REQUIRED("incident-required", "At least one incident (melding) is logged.", f -> f.incidents() > 0),
    GEPESTE_REQUIRED("gepeste-required", "At least one involved student has the role GEPESTE.",
            f -> f.roles().contains(InvolvementRole.GEPESTE)),
    ANALYSIS_REQUIRED("analysis-required", "The analysis of step 2 is recorded (in this cycle of the case).",
            CaseFacts::analysisRecorded),
    PESTER_REQUIRED("pester-required", "At least one involved student has the role PESTER.",
            f -> f.roles().contains(InvolvementRole.PESTER)),
    GEPESTE_CONVERSATION_REQUIRED("gepeste-conversation-required",
            "A conversation with the bullied student (GEPESTE) is recorded (in this cycle of the case).",
            f -> f.conversationTypes().contains(ConversationType.GEPESTE)),
    PESTER_CONVERSATION_REQUIRED("pester-conversation-required",
            "A conversation with the bully (PESTER) is recorded (in this cycle of the case).",
            f -> f.conversationTypes().contains(ConversationType.PESTER)),
    CLOSE_REASON_REQUIRED("close-reason-required", "A reason for closing is given (e.g. it turned out not to be bullying).",
            CaseFacts::hasReason),
    SHORT_TERM_ACTION_REQUIRED("short-term-action-required",
            "The plan has at least one KORT action (stop the bullying now) that is not GESTAAKT.",
            f -> f.actionTerms().contains(Term.KORT)),
    LONG_TERM_ACTION_REQUIRED("long-term-action-required",
            "The plan has at least one LANG action (improve the atmosphere and relations) that is not GESTAAKT.",
            f -> f.actionTerms().contains(Term.LANG)),
    EVERY_STUDENT_IN_ACTION("every-student-in-action",
            "Every involved student is named in at least one action that is not GESTAAKT (alle betrokkenen krijgen een rol).",
            f -> f.studentsWithoutAction() == 0),
    REASON_REQUIRED("reason-required", "A reason for adjusting the plan (bijstelling) is given.", CaseFacts::hasReason),
    AGREEMENT_REQUIRED("agreement-required", "At least one agreement (afspraak) is recorded (in this cycle of the case).",
            f -> f.agreements() > 0),
    PARENTS_CONVERSATION_REQUIRED("parents-conversation-required",
            "At PM_2 and above, a conversation with the parents (OUDERS) is recorded, held since the case reached its level.",
            f -> f.level() == Level.PM_1 || f.conversationTypesSinceLevel().contains(ConversationType.OUDERS)),
    OVERLEG_CONVERSATION_REQUIRED("overleg-conversation-required",
            "At PM_3, the meeting with everyone involved (OVERLEG) is recorded, held since the case reached PM_3.",
            f -> f.level() != Level.PM_3 || f.conversationTypesSinceLevel().contains(ConversationType.OVERLEG)),
    MENTOR_SIGN_OFF_REQUIRED("mentor-sign-off-required", "The mentor signed the evaluation with EFFECT_BEHAALD this round.",
            f -> f.positiveSignOffRoles().contains(SignAs.MENTOR)),
    LC_SIGN_OFF_REQUIRED("leerlingcoordinator-sign-off-required",
            "The leerlingcoördinator signed the evaluation with EFFECT_BEHAALD this round.",
            f -> f.positiveSignOffRoles().contains(SignAs.LEERLINGCOORDINATOR)),
    OC_SIGN_OFF_REQUIRED("ondersteuningscoordinator-sign-off-required",
            "The ondersteuningscoördinator signed the evaluation with EFFECT_BEHAALD this round.",
            f -> f.positiveSignOffRoles().contains(SignAs.ONDERSTEUNINGSCOORDINATOR)),
    NO_NEGATIVE_SIGN_OFF("no-negative-sign-off", "No sign-off of this round says NIET_BEHAALD.",
            f -> f.negativeSignOffs() == 0),
    AGREEMENTS_COMMUNICATED("agreements-communicated",
            "Every agreement of this cycle is communicated to the students and the parents and recorded in SOM.",
            f -> f.agreementsNotCommunicated() == 0),
    NO_OVERDUE_AGREEMENT("no-overdue-agreement", "No agreement of this cycle is still ACTIEF past its review date.",
            f -> f.agreementsOverdue() == 0),
    NEGATIVE_SIGN_OFF_REQUIRED("negative-sign-off-required", "At least one sign-off this round says NIET_BEHAALD.",
            f -> f.negativeSignOffs() > 0),
    BROKEN_AGREEMENT_BY_PESTER("broken-agreement-by-pester",
            "At least one agreement of this cycle with a PESTER among its parties is GESCHONDEN (de pester houdt zich niet aan de afspraken).",
            f -> f.agreementsBrokenByPester() > 0),
    MEASURE_REQUIRED("measure-required", "At least one measure is recorded since the case entered VERVOLGSTAPPEN.",
            f -> f.measuresSinceStep() > 0),
    MEASURE_NOTIFICATIONS_MISSING("measure-notifications-missing",
            "Every measure has its required notifications recorded (parents in writing; Inspectie and leerplicht where required).",
            f -> f.measuresMissingNotifications() == 0);

    public final String code;
    public final String message;
    private final Predicate<CaseFacts> met;

    Rule(String code, String message, Predicate<CaseFacts> met) {
        this.code = code;
        this.message = message;
        this.met = met;
    }

    public boolean isMet(CaseFacts facts) {
        return met.test(facts);
    }
}
