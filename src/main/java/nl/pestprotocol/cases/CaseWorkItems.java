package nl.pestprotocol.cases;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.caserecords.CaseWork;

/** The worklist items of the case itself: owned by the caller, without coordinator at PM_2+, owner left. */
@ApplicationScoped
public class CaseWorkItems implements CaseWork {

    /**
     * Whether the caller ({@code :me}) mentors the group of a GEPESTE student of case {@code c}: who may
     * sign as mentor besides the owner (spec §3). For other features' worklist SQL.
     */
    public static final String MENTOR_OF_GEPESTE = """
            exists (select 1 from involvement gi join student gs on gs.id = gi.student_id
                    join group_mentor gm on gm.group_code = gs.group_code
                    where gi.case_id = c.id and gi.role = 'GEPESTE' and gm.staff_id = :me)""";

    @Override
    public String sql() {
        return """
                select 'OWNED_CASE' as kind, cast(null as date) as due_on, cast(null as uuid) as record_id where c.owner_id = :me
                union all
                select 'NO_COORDINATOR', cast(null as date), cast(null as uuid)
                where c.level in ('PM_2', 'PM_3') and c.coordinator_id is null
                union all
                select 'OWNER_LEFT', o.left_on, cast(null as uuid) from staff o
                where o.id = c.owner_id and (not o.active or o.left_on < :today)""";
    }
}
