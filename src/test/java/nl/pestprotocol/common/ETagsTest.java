package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** If-Match: required (428 without), matching the current version or * (412 otherwise), lists allowed. */
class ETagsTest {

    @Test
    void anETagIsTheQuotedVersion() {
        assertEquals("\"7\"", ETags.of(7));
    }

    @Test
    void aMissingOrBlankIfMatchIsPreconditionRequired() {
        assertEquals(428, assertThrows(ApiException.class, () -> ETags.require(null, 7)).status);
        assertEquals(428, assertThrows(ApiException.class, () -> ETags.require("  ", 7)).status);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailed() {
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.require("\"6\"", 7)).status);
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.require("7", 7)).status, "an unquoted tag is not ours");
    }

    @Test
    void theCurrentTagAWildcardOrAListHoldingItMatch() {
        assertDoesNotThrow(() -> ETags.require("\"7\"", 7));
        assertDoesNotThrow(() -> ETags.require("*", 7));
        assertDoesNotThrow(() -> ETags.require("\"5\", \"7\"", 7));
    }
}
