package nl.pestprotocol.security;

/**
 * The realm roles of spec §1 as one vocabulary for code and rules, in order of precedence (the audit
 * names the first one a user holds). {@link Roles} keeps the same names as constants only because
 * annotations such as {@code @RolesAllowed} need compile-time strings.
 */
public enum Role {
    ONDERSTEUNINGSCOORDINATOR(Roles.OC),
    LEERLINGCOORDINATOR(Roles.LC),
    MENTOR(Roles.MENTOR),
    BEHEERDER(Roles.BEHEERDER),
    INTEGRATOR(Roles.INTEGRATOR),
    /** The intake of reports and the school's figures; no case content through this role alone (spec §1, §13). */
    AANSPREEKPUNT(Roles.AANSPREEKPUNT);

    /** The name of the role in the Keycloak realm and in tokens. */
    public final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }
}
