package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pure logic, no Quarkus: the parts of a route template join with exactly one slash. */
class RouteTemplatesTest {

    @Test
    void partsJoinWithOneSlashAndNoneAtTheEnd() {
        assertEquals("/api/v1/students/{externalId}/export", RouteTemplates.join("/api/v1/", "/students/{externalId}/export"));
        assertEquals("/api/v1/cases/{caseId}", RouteTemplates.join(RouteTemplates.join("/api/v1", "/cases"), "{caseId}/"));
        assertEquals("/cases", RouteTemplates.join("/", "cases"));
        assertEquals("/api/v1", RouteTemplates.join("/api/v1", ""));
    }
}
