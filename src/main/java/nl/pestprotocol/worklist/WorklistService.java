package nl.pestprotocol.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.worklist.WorklistRepository.Key;
import nl.pestprotocol.worklist.WorklistRepository.Row;

/** The caller's worklist (spec §13), one page at a time; the cases it names are audited as read. */
@ApplicationScoped
public class WorklistService {

    private final WorklistRepository worklist;
    private final CaseAccess access;

    public WorklistService(WorklistRepository worklist, CaseAccess access) {
        this.worklist = worklist;
        this.access = access;
    }

    public Page<WorkItem> page(String cursor, int limit) {
        List<Row> rows = worklist.page(access.viewer(), access.user().isCoordinator(), access.user().isSupportCoordinator(),
                access.today(), decode(cursor), limit + 1);
        Page<WorkItem> page = Page.of(rows, limit, shown -> shown.stream().map(WorklistService::item).toList(),
                WorklistService::encode);
        access.readAll(rows.stream().limit(limit).map(Row::caseId).distinct().toList());
        return page;
    }

    private static WorkItem item(Row r) {
        String link = "/api/v1/cases/" + r.caseId()
                + (r.kind().collection == null || r.recordId() == null ? "" : "/" + r.kind().collection + "/" + r.recordId());
        return new WorkItem(r.kind(), r.caseId().toString(), r.dueOn(), r.recordId() == null ? null : r.recordId().toString(),
                link);
    }

    private static String encode(Row r) {
        // "-" for an absent part: an empty first part would vanish from Cursor's encoding
        return Cursor.encodeParts(r.dueOn() == null ? "-" : r.dueOn().toString(), r.kind().name(), r.caseId().toString(),
                r.recordId() == null ? "-" : r.recordId().toString());
    }

    private static Key decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decodeParts(cursor, 4);
        try {
            return new Key(parts.get(0).equals("-") ? null : LocalDate.parse(parts.get(0)),
                    nl.pestprotocol.caserecords.WorkKind.valueOf(parts.get(1)).name(), UUID.fromString(parts.get(2)),
                    parts.get(3).equals("-") ? null : UUID.fromString(parts.get(3)));
        } catch (RuntimeException e) {
            throw ApiException.invalidParam("cursor", "is not a cursor this service issued");
        }
    }
}
