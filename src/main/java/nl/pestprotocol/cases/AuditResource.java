package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.pestprotocol.audit.AuditEntry;
import nl.pestprotocol.audit.AuditRepository;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;

@Tag(name = "Audit")
@Path("/cases/{caseId}/audit")
public class AuditResource {

    @Schema(requiredProperties = { "sequence", "at", "action" })
    public record AuditEntryView(long sequence, Instant at, String subject, String username,
            /** The realm role the user acted in (the first of Role's order they hold); "none" for the system's own jobs. */
            @Schema(enumeration = { Roles.OC, Roles.LC, Roles.MENTOR, Roles.AANSPREEKPUNT, Roles.BEHEERDER, Roles.INTEGRATOR, "none", "system" }) String role,
            String action,
            String requestId) {
    }

    private final CaseAccess access;
    private final AuditRepository entries;

    public AuditResource(CaseAccess access, AuditRepository entries) {
        this.access = access;
        this.entries = entries;
    }

    @GET
    @RolesAllowed(Roles.OC)
    @Operation(operationId = "listAuditEntries", summary = "Who read or changed this case, oldest first (ondersteuningscoördinator only)")
    public Page<AuditEntryView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UUID id = access.read(QueryParams.pathId(caseId, "The case")).id;
        int size = QueryParams.limit(limit, 100);
        List<AuditEntry> rows = entries.page(id, Cursor.decodeSequence(cursor), size + 1);
        List<AuditEntryView> items = rows.stream().limit(size).map(e -> new AuditEntryView(e.id, e.at, e.subject, e.username,
                e.role, e.action, e.requestId)).toList();
        String next = rows.size() > size ? Cursor.encodeKey(Long.toString(items.get(items.size() - 1).sequence())) : null;
        return new Page<>(items, next);
    }
}
