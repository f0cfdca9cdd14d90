package nl.pestprotocol.workflow;

import java.util.Set;

import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.cases.Level;
import nl.pestprotocol.conversations.ConversationType;
import nl.pestprotocol.evaluation.SignAs;
import nl.pestprotocol.plan.Term;

/**
 * What the guards of the transition table look at, read in one query when a transition is asked
 * for. Records count only in the case's current cycle (spec §3 "Precisions"): analysis,
 * conversations, actions and agreements of an earlier cycle are not here; sign-offs are those of
 * the current evaluation round, which a new cycle always renews. Actions with status GESTAAKT
 * count for nothing. {@code reason} is the reason given with the request.
 *
 * @param conversationTypes types of the conversations of the current cycle
 * @param conversationTypesSinceLevel of those, the types held since the case reached its current level
 * @param actionTerms terms of the current cycle's actions that are not GESTAAKT
 * @param studentsWithoutAction involved students named in none of those actions
 */
public record CaseFacts(
        Level level,
        Set<InvolvementRole> roles,
        long incidents,
        boolean analysisRecorded,
        Set<ConversationType> conversationTypes,
        Set<ConversationType> conversationTypesSinceLevel,
        Set<Term> actionTerms,
        long studentsWithoutAction,
        long agreements,
        long agreementsNotCommunicated,
        long agreementsOverdue,
        long agreementsBrokenByPester,
        Set<SignAs> positiveSignOffRoles,
        long negativeSignOffs,
        long measuresSinceStep,
        long measuresMissingNotifications,
        String reason) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
