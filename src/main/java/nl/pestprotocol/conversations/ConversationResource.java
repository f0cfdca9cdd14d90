package nl.pestprotocol.conversations;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.conversations.ConversationService.ConversationInput;
import nl.pestprotocol.conversations.ConversationService.ConversationView;
import nl.pestprotocol.security.Roles;

@Tag(name = "Conversations")
@Path("/cases/{caseId}/conversations")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class ConversationResource {

    private final ConversationService conversations;

    public ConversationResource(ConversationService conversations) {
        this.conversations = conversations;
    }

    @POST
    @Operation(operationId = "recordConversation", summary = "Record a conversation")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConversationService.ConversationView.class)))
    public Response record(@PathParam("caseId") String caseId, @Valid @NotNull ConversationInput body) {
        UUID id = QueryParams.pathId(caseId, "The case");
        ConversationView view = conversations.record(id, body);
        return CaseResponses.createdUnder(id, "conversations", view.id(), view);
    }

    @GET
    @Operation(operationId = "listConversations", summary = "The conversations of the case, in the order they were held")
    public Page<ConversationView> list(@PathParam("caseId") String caseId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return conversations.list(QueryParams.pathId(caseId, "The case"), cursor,
                QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{conversationId}")
    @Operation(operationId = "getConversation", summary = "Read one conversation")
    public ConversationView get(@PathParam("caseId") String caseId, @PathParam("conversationId") String conversationId) {
        return conversations.get(QueryParams.pathId(caseId, "The case"),
                QueryParams.pathId(conversationId, "The conversation"));
    }
}
