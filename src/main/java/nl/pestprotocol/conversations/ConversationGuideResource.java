package nl.pestprotocol.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.conversations.ConversationGuides.Guide;
import nl.pestprotocol.security.Roles;

@Tag(name = "Conversation guides")
@Path("/conversation-guides")
public class ConversationGuideResource {

    @GET
    @Path("/{type}")
    @RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC, Roles.BEHEERDER })
    @Operation(operationId = "getConversationGuide", summary = "The protocol's conversation guide for GEPESTE, PESTER or HERSTEL")
    public Guide get(@PathParam("type") String type) {
        ConversationType parsed;
        try {
            parsed = ConversationType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Conversation type " + Problem.echo(type));
        }
        return ConversationGuides.of(parsed).orElseThrow(() -> ApiException.notFound(
                "The protocol has no conversation guide for " + parsed + "; guides exist for GEPESTE, PESTER and HERSTEL, and"));
    }
}
