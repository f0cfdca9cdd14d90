package nl.pestprotocol.reports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.pestprotocol.common.Cursor;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Locks the report for triage, so two triages of one report cannot both pass the status check. */
    public Optional<Report> forTriage(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    /** The intake queue, newest first, one row more than shown (to know there is a next page). */
    @SuppressWarnings("unchecked")
    public List<Report> page(ReportStatus status, Cursor after, int rows) {
        StringBuilder sql = new StringBuilder("select r.* from report r where true");
        if (status != null) {
            sql.append(" and r.status = :status");
        }
        if (after != null) {
            sql.append(" and (r.received_at, r.id) < (:afterAt, :afterId)");
        }
        sql.append(" order by r.received_at desc, r.id desc limit :rows");
        Query q = getEntityManager().createNativeQuery(sql.toString(), Report.class).setParameter("rows", rows);
        if (status != null) {
            q.setParameter("status", status.name());
        }
        if (after != null) {
            q.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return q.getResultList();
    }

    /** The reporter's status follows the case their report became part of (spec §13). */
    public void followCase(UUID caseId, ReportStatus status) {
        getEntityManager().createNativeQuery("""
                update report set status = :status where case_id = :caseId and status <> :status""")
                .setParameter("status", status.name()).setParameter("caseId", caseId).executeUpdate();
    }
}
