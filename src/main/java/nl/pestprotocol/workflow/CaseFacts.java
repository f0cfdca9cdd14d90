package nl.pestprotocol.workflow;

import java.util.Set;

import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.cases.Level;

/**
 * What the guards of the transition table look at, read in one query when a transition is asked
 * for. {@code reason} is the reason given with the request.
 */
public record CaseFacts(
        Level level,
        Set<InvolvementRole> roles,
        long incidents,
        boolean analysisRecorded,
        Set<String> conversationTypes,
        Set<String> actionTerms,
        long studentsWithoutAction,
        long agreements,
        long agreementsNotCommunicated,
        long agreementsOverdue,
        long agreementsBrokenByPester,
        Set<String> positiveSignOffRoles,
        long negativeSignOffs,
        long measuresSinceStep,
        long measuresMissingNotifications,
        String reason) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
