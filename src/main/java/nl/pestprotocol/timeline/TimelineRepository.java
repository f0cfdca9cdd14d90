package nl.pestprotocol.timeline;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEvent, Long> {

    public List<TimelineEvent> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** Oldest first, after event {@code afterSequence}. */
    public List<TimelineEvent> page(UUID caseId, long afterSequence, int rows) {
        return find("caseId = ?1 and id > ?2 order by id", caseId, afterSequence).page(0, rows).list();
    }
}
