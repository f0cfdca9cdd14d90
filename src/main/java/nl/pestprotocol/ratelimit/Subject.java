package nl.pestprotocol.ratelimit;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import nl.pestprotocol.security.Roles;

/**
 * Whose requests a bucket counts. {@code key} identifies the bucket: an integrator client by its
 * client id (all its tokens share one), a staff member by the token subject. {@code name} is how
 * operators name it in {@code pestprotocol.rate-limit.subjects.<name>}: the client id or the username.
 */
record Subject(String key, String name) {

    static Subject of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            String client = token.getClaim("azp");
            if (identity.hasRole(Roles.INTEGRATOR) && client != null) {
                return new Subject("client:" + client, client);
            }
            if (token.getSubject() != null) {
                return new Subject("user:" + token.getSubject(), token.getName());
            }
        }
        return new Subject("user:" + principal.getName(), principal.getName());
    }
}
