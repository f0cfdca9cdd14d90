package nl.pestprotocol.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.security.Role;
import nl.pestprotocol.security.Roles;

/** The signed-in staff member: the token's {@code preferred_username} mapped to the roster. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final StaffRepository staff;
    private final Clock clock;
    private final ZoneId zone;
    private Staff member;

    public CurrentUser(SecurityIdentity identity, StaffRepository staff, Clock clock,
            PestprotocolConfig config) {
        this.identity = identity;
        this.staff = staff;
        this.clock = clock;
        this.zone = config.zone();
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean has(Role role) {
        return has(role.realmName);
    }

    public boolean isSupportCoordinator() {
        return has(Roles.OC);
    }

    public boolean isCoordinator() {
        return has(Roles.LC);
    }

    /**
     * The staff record of this user. A valid token alone opens no case: its user must be on the
     * roster and must not have left the school (spec §1), checked on every request.
     */
    public Staff staff() {
        if (member == null) {
            Staff found = staff.findByUsername(username())
                    .orElseThrow(() -> ApiException.forbidden("unknown-staff",
                            "Your account is not on the school's staff roster; ask the administrator to sync it."));
            if (found.hasLeft(LocalDate.now(clock.withZone(zone)))) {
                throw ApiException.forbidden("staff-left",
                        "The school's staff roster says you have left the school, so you no longer have access to cases.");
            }
            member = found;
        }
        return member;
    }

    public UUID staffId() {
        return staff().id;
    }
}
