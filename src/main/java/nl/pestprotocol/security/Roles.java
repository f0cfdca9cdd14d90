package nl.pestprotocol.security;

/** The Keycloak realm roles of spec §1 as compile-time strings, for annotations; code uses {@link Role}. */
public final class Roles {

    public static final String MENTOR = "mentor";
    public static final String LC = "leerlingcoordinator";
    public static final String OC = "ondersteuningscoordinator";
    public static final String INTEGRATOR = "integrator";
    public static final String BEHEERDER = "beheerder";
    public static final String AANSPREEKPUNT = "aanspreekpunt";

    private Roles() {
    }
}
