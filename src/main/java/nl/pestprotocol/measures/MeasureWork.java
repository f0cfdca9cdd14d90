package nl.pestprotocol.measures;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.caserecords.CaseWork;

/** Worklist: a measure whose required notifications (parents in writing, Inspectie, leerplicht) are not all recorded. */
@ApplicationScoped
public class MeasureWork implements CaseWork {

    @Override
    public String sql() {
        return """
                select 'MEASURE_NOTIFICATION_MISSING', m.start_on, m.id from measure m
                where m.case_id = c.id
                  and (m.parents_notified_in_writing_at is null
                       or m.inspectie_notification_required and m.inspectie_notified_at is null
                       or m.leerplicht_notification_required and m.leerplicht_notified_at is null)""";
    }
}
