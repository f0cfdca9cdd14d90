package nl.pestprotocol.webhooks;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.pestprotocol.common.Locations;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.webhooks.WebhookDtos.DeliveryView;
import nl.pestprotocol.webhooks.WebhookDtos.SubscriptionInput;
import nl.pestprotocol.webhooks.WebhookDtos.SubscriptionPatch;
import nl.pestprotocol.webhooks.WebhookDtos.SubscriptionView;

@Tag(name = "Webhooks")
@Path("/webhook-subscriptions")
@RolesAllowed(Roles.BEHEERDER)
public class WebhookSubscriptionResource {

    private static final String THE_SUBSCRIPTION = "The webhook subscription";

    private final WebhookSubscriptionService subscriptions;
    private final DeliveryLog deliveries;

    public WebhookSubscriptionResource(WebhookSubscriptionService subscriptions, DeliveryLog deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @POST
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a receiver to events; the answer holds the signing secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(@Valid @NotNull SubscriptionInput body) {
        SubscriptionView view = subscriptions.create(body);
        return Response.created(Locations.of("webhook-subscriptions", view.id().toString())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "The webhook subscriptions (without secrets)")
    public Page<SubscriptionView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return subscriptions.list(cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read one webhook subscription (without its secret)")
    public SubscriptionView get(@PathParam("subscriptionId") String id) {
        return subscriptions.get(QueryParams.pathId(id, THE_SUBSCRIPTION));
    }

    @PATCH
    @Path("/{subscriptionId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateWebhookSubscription", summary = "Change URL, event types or enabled (merge-patch); enabling clears why the service disabled it")
    public SubscriptionView change(@PathParam("subscriptionId") String id, @Valid @NotNull SubscriptionPatch body) {
        return subscriptions.change(QueryParams.pathId(id, THE_SUBSCRIPTION), body);
    }

    @DELETE
    @Path("/{subscriptionId}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a subscription with its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("subscriptionId") String id) {
        subscriptions.delete(QueryParams.pathId(id, THE_SUBSCRIPTION));
        return Response.noContent().build();
    }

    @POST
    @Path("/{subscriptionId}/secret-rotations")
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret, shown only in this answer; the previous one keeps signing beside it for 24 hours")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView rotate(@PathParam("subscriptionId") String id) {
        return subscriptions.rotate(QueryParams.pathId(id, THE_SUBSCRIPTION));
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription, newest first: attempts, status, duration")
    public Page<DeliveryView> deliveries(@PathParam("subscriptionId") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return deliveries.list(QueryParams.pathId(id, THE_SUBSCRIPTION), cursor, QueryParams.limit(limit, Page.DEFAULT_LIMIT));
    }

    @GET
    @Path("/{subscriptionId}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery of the log")
    public DeliveryView delivery(@PathParam("subscriptionId") String id, @PathParam("deliveryId") String deliveryId) {
        return deliveries.get(QueryParams.pathId(id, THE_SUBSCRIPTION), QueryParams.pathId(deliveryId, "The delivery"));
    }

    @POST
    @Path("/{subscriptionId}/deliveries/{deliveryId}/replays")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again: same webhook-id and body, signed with the current secret")
    @APIResponse(responseCode = "202", description = "Accepted: the delivery is pending and is sent shortly", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class)))
    public Response replay(@PathParam("subscriptionId") String id, @PathParam("deliveryId") String deliveryId) {
        DeliveryView view = deliveries.replay(QueryParams.pathId(id, THE_SUBSCRIPTION), QueryParams.pathId(deliveryId, "The delivery"));
        deliveries.afterReplay();
        return Response.accepted(view).build();
    }
}
