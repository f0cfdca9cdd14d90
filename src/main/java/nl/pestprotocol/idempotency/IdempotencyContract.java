package nl.pestprotocol.idempotency;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import nl.pestprotocol.common.Problem;

/**
 * The idempotency policy in the contract: every POST takes the optional {@code Idempotency-Key}
 * header, may answer 409 (the key's first request still runs) and 422 (the key was used for another
 * request), and marks a replayed answer with {@code Idempotent-Replayed}. Written so it gives the same
 * result whether it runs before or after the shared conventions filter.
 */
@OpenApiFilter
public class IdempotencyContract implements OASFilter {

    static final String IN_FLIGHT = "a request with this Idempotency-Key is still running (code "
            + IdempotencyAnswers.KEY_IN_FLIGHT + "); retry with the same key shortly.";
    static final String REUSED = "this Idempotency-Key was used for another request (code "
            + IdempotencyAnswers.KEY_REUSED + ").";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getComponents().addParameter(IdempotencyKey.HEADER, OASFactory.createParameter().name(IdempotencyKey.HEADER)
                .in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a retry with the same key,"
                        + " method, path and body answers the first successful answer (status, body, Location, ETag,"
                        + " marked Idempotent-Replayed) and changes nothing. Keys belong to the caller (token subject) and"
                        + " are kept at least 24 hours. The same key with another body: 422; while its first request"
                        + " still runs: 409. A failed request (4xx, 5xx) keeps nothing, so it may be retried with the same"
                        + " key. A UUID is a good key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                        .maxLength(IdempotencyKey.MAX_LENGTH + 2).pattern(IdempotencyKey.CONTRACT_PATTERN))
                .example("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        api.getComponents().addHeader(IdempotencyFilter.REPLAYED, OASFactory.createHeader()
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

    private static void describe(Operation op) {
        String ref = "#/components/parameters/" + IdempotencyKey.HEADER;
        if (op.getParameters() == null || op.getParameters().stream().noneMatch(p -> ref.equals(p.getRef()))) {
            op.setParameters(new ArrayList<>(op.getParameters() == null ? java.util.List.of() : op.getParameters()));
            op.addParameter(OASFactory.createParameter().ref(ref));
        }
        APIResponses responses = op.getResponses();
        responses.getAPIResponses().forEach((status, r) -> {
            if (status.startsWith("2")) {
                r.addHeader(IdempotencyFilter.REPLAYED,
                        OASFactory.createHeader().ref("#/components/headers/" + IdempotencyFilter.REPLAYED));
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
