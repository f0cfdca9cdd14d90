package nl.pestprotocol.cases;

import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.common.ETags;
import nl.pestprotocol.common.Locations;

/** Every response that carries a case, or a changeable record of one, carries its ETag. */
public final class CaseResponses {

    private CaseResponses() {
    }

    public static Response ok(CaseView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    public static Response created(CaseView view) {
        return Response.created(Locations.of("cases", view.id())).entity(view)
                .header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    /** A thing recorded on a case: 201 with its location under the case. */
    public static Response createdUnder(UUID caseId, String collection, String id, Object body) {
        return Response.created(Locations.of("cases", caseId.toString(), collection, id)).entity(body).build();
    }

    /** A changeable record of a case (agreement, action, measure): 201 with its location and its own ETag. */
    public static Response createdRecord(UUID caseId, String collection, String id, Object body, long version) {
        return Response.created(Locations.of("cases", caseId.toString(), collection, id)).entity(body)
                .header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    /** A changeable record of a case read or changed: 200 with its own ETag (not the case's). */
    public static Response record(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }
}
