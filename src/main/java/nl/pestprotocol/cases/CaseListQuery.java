package nl.pestprotocol.cases;

/**
 * The statement behind one page of {@code GET /cases} for a viewer who does not see every case.
 * Scanning all cases newest first and testing each against the viewer's visibility costs time in
 * proportion to the school's whole history. Instead the statement first collects the viewer's
 * candidates from indexes: the cases they opened, own or coordinate, and the involvements of the
 * pupils of their groups (the groups they mentor, and for a leerlingcoördinator the groups of
 * their departments), at most {@code :cap} entries ({@code pestprotocol.case-list.candidate-cap}; a
 * bound on work, not a count of cases, since a case may come once per path). A viewer with fewer candidates gets
 * the page from the candidates; a denser one walks the cases newest first with a per-case probe
 * that stops at the first hit, which finds a page within a few thousand cases. One of the two
 * branches runs; which one is decided inside the statement, so visibility is always the
 * database's current answer.
 */
final class CaseListQuery {

    private CaseListQuery() {
    }

    /**
     * @param filters case-level conditions on {@code c} ({@code " and ..."}), empty when none
     * @param keyset whether {@code :afterAt}/{@code :afterId} are bound
     */
    static String sql(boolean seesDepartments, String filters, boolean keyset) {
        String grp = "select vm.group_code from group_mentor vm where vm.staff_id = :me"
                + (seesDepartments ? " union select dg.code from staff_department dd join school_group dg"
                        + " on dg.department = dd.department where dd.staff_id = :me and dd.function = 'LC'" : "");
        String caseKeyset = keyset ? " and (c.opened_at, c.id) < (:afterAt, :afterId)" : "";
        StringBuilder cand = new StringBuilder("select opened_at, id from (");
        String[] staffColumns = { "opened_by_id", "owner_id", "coordinator_id", "support_coordinator_id" };
        for (String column : staffColumns) {
            cand.append("(select c.opened_at, c.id from bullying_case c where c.").append(column).append(" = :me")
                    .append(caseKeyset).append(" limit :cap) union all ");
        }
        cand.append("(select i.case_opened_at, i.case_id from grp join student s on s.group_code = grp.group_code")
                .append(" join involvement i on i.student_id = s.id")
                .append(keyset ? " where (i.case_opened_at, i.case_id) < (:afterAt, :afterId)" : "")
                .append(" limit :cap)) x limit :cap");
        String sparse = filters.isEmpty()
                ? "select c.* from bullying_case c join (select distinct opened_at, id from cand order by opened_at desc, id desc"
                        + " limit :rows) t on t.id = c.id where (select count(*) from cand) < :cap"
                : "select c.* from bullying_case c where (select count(*) from cand) < :cap and c.id in (select id from cand)"
                        + filters + caseKeyset + " order by c.opened_at desc, c.id desc limit :rows";
        String dense = """
                select c.* from bullying_case c where (select count(*) from cand) >= :cap
                and (c.opened_by_id = :me or c.owner_id = :me or c.coordinator_id = :me or c.support_coordinator_id = :me
                     or coalesce((select true from involvement vi join student vs on vs.id = vi.student_id
                                  where vi.case_id = c.id and vs.group_code in (select group_code from grp) limit 1), false))"""
                + filters + caseKeyset + " order by c.opened_at desc, c.id desc limit :rows";
        return "with grp as (" + grp + "), cand as (" + cand + ")\n(" + sparse + ")\nunion all\n(" + dense + ")\n"
                + "order by opened_at desc, id desc";
    }
}
