package nl.pestprotocol.evaluation;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.caserecords.CaseWork;
import nl.pestprotocol.cases.CaseWorkItems;

/**
 * Worklist: a case in EVALUATIE the caller may sign (as LC or OC by role, as mentor when owner or
 * mentor of a GEPESTE student's group) and has not signed in this round.
 */
@ApplicationScoped
public class SignOffWork implements CaseWork {

    @Override
    public String sql() {
        return """
                select 'SIGN_OFF_WAITING', cast(null as date), cast(null as uuid)
                where c.step = 'EVALUATIE'
                  and not exists (select 1 from sign_off s where s.case_id = c.id and s.round = c.evaluation_round
                                  and s.staff_id = :me)
                  and (:isLc or :isOc or c.owner_id = :me or %s)""".formatted(CaseWorkItems.MENTOR_OF_GEPESTE);
    }
}
