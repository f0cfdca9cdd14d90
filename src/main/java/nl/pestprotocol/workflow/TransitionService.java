package nl.pestprotocol.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.cases.CaseEvents;
import nl.pestprotocol.cases.CaseViews;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem.Condition;
import nl.pestprotocol.timeline.Timeline;

/** Moves a case through the stappenplan, or refuses with every unmet condition of the table's row. */
@ApplicationScoped
public class TransitionService {

    private final CaseAccess access;
    private final CaseFactsRepository facts;
    private final CaseViews views;
    private final Timeline timeline;

    public TransitionService(CaseAccess access, CaseFactsRepository facts, CaseViews views, Timeline timeline) {
        this.access = access;
        this.facts = facts;
        this.views = views;
        this.timeline = timeline;
    }

    @Transactional
    public CaseView transition(UUID caseId, String ifMatch, Step to, String reason) {
        BullyingCase c = access.write(caseId, ifMatch, true);
        Step from = c.step;
        Transition transition = TransitionTable.find(from, to).orElseThrow(() -> notInTable(from, to));
        List<Condition> unmet = new ArrayList<>();
        if (!transition.requestable()) {
            unmet.add(new Condition("reopen-by-incident-only",
                    "A closed case reopens only when a new incident is logged on it (herhaling)."));
        } else if (transition.roles().stream().noneMatch(access.user()::has)) {
            unmet.add(new Condition("role-not-permitted",
                    "Only " + String.join(" or ", transition.roles().stream().map(r -> r.realmName).sorted().toList()) + " may move a case from "
                            + from + " to " + to + "."));
        }
        CaseFacts current = facts.of(c, access.today(), reason);
        for (Rule rule : transition.rules()) {
            if (!rule.isMet(current)) {
                unmet.add(new Condition(rule.code, rule.message));
            }
        }
        if (!unmet.isEmpty()) {
            throw ApiException.conflict("The case cannot move from " + from + " to " + to + " yet.", unmet);
        }
        apply(c, to, reason);
        timeline.record(c.id, access.actor(), CaseEvents.StepChanged.requested(from, to, reason));
        return views.full(c);
    }

    private void apply(BullyingCase c, Step to, String reason) {
        c.step = to;
        c.stepSeq++;
        if (to == Step.EVALUATIE) {
            // a new evaluation round: earlier sign-offs no longer count
            c.evaluationRound++;
        }
        if (to == Step.AFGESLOTEN) {
            c.closedAt = access.now();
            c.closeReason = reason != null && !reason.isBlank() ? reason : "Effect behaald";
        }
    }

    private static ApiException notInTable(Step from, Step to) {
        String allowed = TransitionTable.requestableFrom(from).toString();
        return ApiException.conflict("The protocol has no step from " + from + " to " + to + ".",
                List.of(new Condition("transition-not-allowed",
                        "From " + from + " a case can move to " + allowed + "; not to " + to + ".")));
    }
}
