package nl.pestprotocol.roster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a staff member appears inside other resources. {@code id} is the staff externalId. */
@Schema(requiredProperties = { "id", "username", "name" })
public record StaffRef(String id, String username, String name) {

    public static StaffRef of(Staff s) {
        return s == null ? null : new StaffRef(s.externalId, s.username, s.displayName());
    }
}
