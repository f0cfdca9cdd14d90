package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content negotiation decided from the Accept header alone (no Quarkus needed). */
class AcceptHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "*/*", "application/*", "application/json", "Application/JSON",
            "application/json; charset=utf-8", "application/json;q=0.001", "text/plain;q=0.9, application/json;q=0.1",
            "text/html, */*;q=0.1", "application/json, , text/plain", "*/*;q=0, application/json",
            "application/*;q=0, application/json;q=1" })
    void rangesThatIncludeJsonAreAccepted(String accept) {
        assertTrue(AcceptHeader.acceptsJson(List.of(accept)), accept);
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "application/xml", "text/html", "application/problem+json", "garbage", ";;;",
            "application/json;q=0", "*/*;q=0", "text/*", "*/json", "application/json;q=2", "application/json;q=abc",
            "application/json;=x", "application/json/extra",
            "application/*;q=0.5, application/json;q=0" })
    void rangesWithoutJsonOrThatCannotBeParsedAreRefused(String accept) {
        assertFalse(AcceptHeader.acceptsJson(List.of(accept)), accept);
    }

    @Test
    void noHeaderAtAllIsAnyType() {
        assertTrue(AcceptHeader.acceptsJson(List.of()));
        assertTrue(AcceptHeader.acceptsJson(null));
    }

    @Test
    void severalHeadersAreOneList() {
        assertTrue(AcceptHeader.acceptsJson(List.of("text/plain", "application/json")));
        assertFalse(AcceptHeader.acceptsJson(List.of("text/plain", "application/xml")));
    }
}
