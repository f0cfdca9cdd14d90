package nl.pestprotocol.plan;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.caserecords.CaseWork;

/** Worklist: plan actions still OPEN past their due date. */
@ApplicationScoped
public class ActionWork implements CaseWork {

    @Override
    public String sql() {
        return """
                select 'ACTION_OVERDUE', p.due_on, p.id from plan_action p
                where p.case_id = c.id and p.status = 'OPEN' and p.due_on < :today""";
    }
}
