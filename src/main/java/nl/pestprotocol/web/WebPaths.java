package nl.pestprotocol.web;

/** Where the pages live: outside the REST root, so the API stays bearer-only and out of the contract. */
public final class WebPaths {

    /** The staff pages, signed in through Keycloak with the authorization-code flow (OIDC tenant {@code web}). */
    public static final String DESK = "/desk";
    /** The public report form for pupils and parents: no account. */
    public static final String REPORT = "/melden";
    /** Our own style sheet and scripts. */
    public static final String ASSETS = "/web";
    /** The chart library from its webjar. */
    public static final String WEBJARS = "/webjars";

    private WebPaths() {
    }
}
