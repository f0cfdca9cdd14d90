package nl.pestprotocol.conversations;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.caserecords.CaseWork;

/**
 * Worklist: a HERSTEL conversation's follow-up appointment ("maak een vervolgafspraak") has come and
 * no later HERSTEL conversation is recorded.
 */
@ApplicationScoped
public class FollowUpWork implements CaseWork {

    @Override
    public String sql() {
        return """
                select 'HERSTEL_FOLLOW_UP_DUE', h.follow_up_on, h.id from conversation h
                where h.case_id = c.id and h.type = 'HERSTEL' and h.follow_up_on <= :today
                  and not exists (select 1 from conversation l where l.case_id = c.id and l.type = 'HERSTEL'
                                  and l.held_at > h.held_at)""";
    }
}
