package nl.pestprotocol.common;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;


/**
 * The idempotency policy in the contract (the {@code idempotency} package implements it): every POST
 * takes the optional {@code Idempotency-Key} header, may answer 409 (the key's first request still
 * runs) and 422 (the key was used for another request), and marks a replayed answer with
 * {@code Idempotent-Replayed}. Run by {@link OpenApiConventions} after its own errors, so a reason is
 * added to a 409 or 422 the operation has already.
 */
public final class OpenApiIdempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String KEY_IN_FLIGHT = "idempotency-key-in-flight";
    public static final String KEY_REUSED = "idempotency-key-reused";
    public static final int MAX_LENGTH = 255;
    /** A key's syntax; the contract allows the draft's double quotes around it. */
    public static final String SYNTAX = "[A-Za-z0-9._~:+/=-]{1," + MAX_LENGTH + "}";

    static final String IN_FLIGHT = "a request with this Idempotency-Key is still running (code " + KEY_IN_FLIGHT
            + "); retry with the same key shortly.";
    static final String REUSED = "this Idempotency-Key was used for another request (code " + KEY_REUSED + ").";

    private OpenApiIdempotency() {
    }

    static void describe(OpenAPI api) {
        api.getComponents().addHeader(REPLAYED, OASFactory.createHeader()
                .description("true when this answer is the stored first answer to a request with the same Idempotency-Key")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true")));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            Operation post = path.getValue().getPOST();
            if (post != null && post.getResponses() != null) {
                describe(post);
            }
        }
    }

    private static Parameter header() {
        return OASFactory.createParameter().name(HEADER).in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a retry with the same key,"
                        + " method, path and body answers the first successful answer (status, body, Location, ETag,"
                        + " marked Idempotent-Replayed) and changes nothing. Keys belong to the caller (token subject) and"
                        + " are kept at least 24 hours. The same key with another body: 422; while its first request"
                        + " still runs: 409. A failed request (4xx, 5xx) keeps nothing, so it may be retried with the same"
                        + " key. A UUID is a good key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                        .maxLength(MAX_LENGTH + 2).pattern("^\"?" + SYNTAX + "\"?$"))
                .example("8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    private static void describe(Operation op) {
        // inline, not a $ref: the other conventions read each parameter's name
        if (op.getParameters() == null || op.getParameters().stream().noneMatch(p -> HEADER.equals(p.getName()))) {
            op.setParameters(new ArrayList<>(op.getParameters() == null ? java.util.List.of() : op.getParameters()));
            op.addParameter(header());
        }
        APIResponses responses = op.getResponses();
        responses.getAPIResponses().forEach((status, r) -> {
            if (status.startsWith("2")) {
                r.addHeader(REPLAYED,
                        OASFactory.createHeader().ref("#/components/headers/" + REPLAYED));
            }
        });
        problem(responses, "409", IN_FLIGHT);
        problem(responses, "422", REUSED);
    }

    /** Adds the problem answer, or adds the idempotency reason to the one the operation already has. */
    private static void problem(APIResponses responses, String status, String reason) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            String alone = Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(alone)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))))
                    .addHeader("API-Version", OASFactory.createHeader().ref("#/components/headers/API-Version")));
        } else if (existing.getDescription() == null || !existing.getDescription().contains(reason)) {
            existing.setDescription((existing.getDescription() == null ? "" : existing.getDescription() + " ") + "Or: " + reason);
        }
    }
}
