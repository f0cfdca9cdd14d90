package nl.pestprotocol.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The rate limits in the contract (ratelimit/RateLimiter): every operation may answer 429 with
 * Retry-After, and every 2xx and 4xx answer declares the IETF draft's RateLimit-Policy and RateLimit
 * headers (sent whenever the request was counted; a request refused before it was, e.g. 401, has none).
 */
final class OpenApiRateLimits {

    private static final String POLICY = "RateLimit-Policy";
    private static final String LIMIT = "RateLimit";

    private OpenApiRateLimits() {
    }

    static void components(OpenAPI api) {
        api.getComponents().addHeader(POLICY, header(false, "The quota policies that counted this request (IETF draft"
                + " httpapi-ratelimit-headers), e.g. \"subject\";q=1200;w=60: q requests per w seconds"));
        api.getComponents().addHeader(LIMIT, header(false, "What is left of each quota, e.g. \"subject\";r=1187;t=42:"
                + " r requests in the next t seconds"));
        api.getComponents().addHeader(POLICY + "-Exceeded", header(true, "The quota policies that counted this request"));
        api.getComponents().addHeader(LIMIT + "-Exceeded", header(true, "What is left of each quota (r=0 for the one exceeded)"));
    }

    /** After the other responses are described: 429 on every operation, the RateLimit headers on each 2xx and 4xx. */
    static void declare(APIResponses responses, Runnable add429) {
        add429.run();
        responses.getAPIResponse("429")
                .addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"))
                .addHeader(POLICY, OASFactory.createHeader().ref("#/components/headers/" + POLICY + "-Exceeded"))
                .addHeader(LIMIT, OASFactory.createHeader().ref("#/components/headers/" + LIMIT + "-Exceeded"));
        responses.getAPIResponses().forEach(OpenApiRateLimits::headers);
    }

    /** The RateLimit headers a 2xx or 4xx answer (but 429) carries. */
    static void headers(String status, org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        if ((status.startsWith("2") || status.startsWith("4")) && !status.equals("429")) {
            response.addHeader(POLICY, OASFactory.createHeader().ref("#/components/headers/" + POLICY))
                    .addHeader(LIMIT, OASFactory.createHeader().ref("#/components/headers/" + LIMIT));
        }
    }

    private static Header header(boolean required, String description) {
        return OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                        .pattern("^\"[a-z][a-z0-9-]{0,30}\";[a-z]=[0-9]+;[a-z]=[0-9]+(, ?\"[a-z][a-z0-9-]{0,30}\";[a-z]=[0-9]+;[a-z]=[0-9]+)*$"));
    }
}
