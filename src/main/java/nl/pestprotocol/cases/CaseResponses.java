package nl.pestprotocol.cases;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import nl.pestprotocol.cases.CaseDtos.CaseView;
import nl.pestprotocol.common.ETags;

/** Every response that carries a case carries its ETag. */
public final class CaseResponses {

    private CaseResponses() {
    }

    public static Response ok(CaseView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    public static Response created(CaseView view) {
        return Response.created(URI.create("/cases/" + view.id())).entity(view)
                .header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    /** A thing recorded on a case: 201 with its location under the case. */
    public static Response createdUnder(String caseId, String collection, String id, Object body) {
        return Response.created(URI.create("/cases/" + caseId + "/" + collection + "/" + id)).entity(body).build();
    }
}
