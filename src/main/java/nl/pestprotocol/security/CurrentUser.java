package nl.pestprotocol.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.roster.Staff;
import nl.pestprotocol.roster.StaffRepository;

/** The signed-in staff member: the token's {@code preferred_username} mapped to the roster. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final StaffRepository staff;
    private Staff member;

    public CurrentUser(SecurityIdentity identity, StaffRepository staff) {
        this.identity = identity;
        this.staff = staff;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isSupportCoordinator() {
        return has(Roles.OC);
    }

    public boolean isCoordinator() {
        return has(Roles.LC);
    }

    /** The staff record of this user; a token whose user is not on the roster may not touch cases. */
    public Staff staff() {
        if (member == null) {
            member = staff.findByUsername(username())
                    .orElseThrow(() -> ApiException.forbidden("unknown-staff",
                            "Your account is not on the school's staff roster; ask the administrator to sync it."));
        }
        return member;
    }

    public UUID staffId() {
        return staff().id;
    }
}
