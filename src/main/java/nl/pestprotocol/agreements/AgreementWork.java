package nl.pestprotocol.agreements;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.caserecords.CaseWork;

/** Worklist: agreements still ACTIEF past their review date ("mentor checkt regelmatig"). */
@ApplicationScoped
public class AgreementWork implements CaseWork {

    @Override
    public String sql() {
        return """
                select 'AGREEMENT_REVIEW_DUE', a.review_on, a.id from agreement a
                where a.case_id = c.id and a.status = 'ACTIEF' and a.review_on < :today""";
    }
}
