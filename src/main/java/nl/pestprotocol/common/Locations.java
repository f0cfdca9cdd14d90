package nl.pestprotocol.common;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

/**
 * The {@code Location} of a created resource: the path of its {@code GET} below the API's base
 * path, each segment encoded. JAX-RS resolves it against the base URI, so clients receive an
 * absolute URI under {@code /api/v1}.
 */
public final class Locations {

    private Locations() {
    }

    public static URI of(String... segments) {
        UriBuilder path = UriBuilder.fromPath("/");
        for (String segment : segments) {
            path.segment(segment);
        }
        return path.build();
    }
}
