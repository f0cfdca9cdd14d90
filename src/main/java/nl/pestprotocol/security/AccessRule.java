package nl.pestprotocol.security;

import nl.pestprotocol.common.ApiException;

/**
 * Refusals that depend on the request as well as the caller's role (spec §1, §3, §5): each is a
 * 422 naming its rule. A role that may never call an endpoint gets 403 instead, before any lookup.
 * {@code code} is stable: clients and tests rely on it.
 */
public enum AccessRule {

    REMOVAL_PROPOSAL_BY_OC_ONLY("removal-proposal-by-oc-only",
            "Only the ondersteuningscoördinator proposes removal from the school (VOORDRACHT_VERWIJDERING)."),
    ADVICE_BY_OC_ONLY("advice-by-oc-only", "Advice (ADVIES) is recorded by the ondersteuningscoördinator."),
    PM2_IS_FOR_THE_LEERLINGCOORDINATOR("pm2-is-for-the-leerlingcoordinator",
            "Raising a case to PM_2 is the leerlingcoördinator's; the ondersteuningscoördinator raises a case to PM_3."),
    MENTOR_SIGN_OFF_BY_OWNER_OR_GEPESTE_MENTOR("mentor-sign-off-by-owner-or-gepeste-mentor",
            "As mentor signs the case's owner or a mentor of the group of a GEPESTE student of the case,"
                    + " not the mentor of the bully's or a bystander's group."),
    COORDINATORS_SET_BY_LC_OR_OC("coordinators-set-by-lc-or-oc",
            "The coordinator and the support coordinator are set by a leerlingcoördinator or ondersteuningscoördinator;"
                    + " a mentor only hands over the owner."),
    OWNER_NOT_MENTOR_OF_A_STUDENT("owner-not-mentor-of-a-student",
            "The case can be handed only to a mentor of a group of one of its students."),
    COORDINATOR_NOT_OF_A_CASE_DEPARTMENT("coordinator-not-of-a-case-department",
            "The coordinator is a leerlingcoördinator of the department of one of the case's students."),
    SUPPORT_COORDINATOR_NOT_OF_A_CASE_DEPARTMENT("support-coordinator-not-of-a-case-department",
            "The support coordinator has the department of one of the case's students among their support departments,"
                    + " or is the ondersteuningscoördinator of the whole school naming themselves."),
    COORDINATOR_NOT_FOR_THIS_LEVEL("coordinator-not-for-this-level",
            "An escalation to PM_2 may name a coordinatorId and one to PM_3 a supportCoordinatorId;"
                    + " change the other with PATCH /cases/{caseId}."),
    ASSIGNED_STAFF_LEFT("assigned-staff-left",
            "Staff who left the school (leftOn in the past, or not active) cannot be assigned.");

    public final String code;
    public final String message;

    AccessRule(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public ApiException refused() {
        return ApiException.rule(code, message);
    }

    /** As {@link #refused()}, naming the request property at stake. */
    public ApiException refused(String property) {
        return ApiException.rule(code, property + ": " + message);
    }
}
