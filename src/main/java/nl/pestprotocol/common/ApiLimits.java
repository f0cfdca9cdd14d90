package nl.pestprotocol.common;

/**
 * Sizes of lists that grow by one request after another (not within one request body, where Bean Validation
 * bounds them). The contract states them as maxItems (spec §9), and the services keep them.
 */
public final class ApiLimits {

    /** Students involved in one case: a whole class twice over; a larger group is not one bullying case. */
    public static final int MAX_INVOLVEMENTS = 100;
    /** Cases one pupil is involved in, over a whole school career: far beyond any real one; keeps the export bounded. */
    public static final int MAX_CASES_PER_STUDENT = 1000;
    /** Cases the retention job anonymises in one night, and so the length of its preview; the rest go the next night. */
    public static final int MAX_RETENTION_PER_RUN = 1000;

    private ApiLimits() {
    }
}
