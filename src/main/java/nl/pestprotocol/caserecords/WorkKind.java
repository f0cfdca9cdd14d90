package nl.pestprotocol.caserecords;

/**
 * What needs a user's attention in a case they can see (spec §13, the worklist). {@code collection}
 * is where the record of the item lives under its case (null: the case itself).
 */
public enum WorkKind {
    /** An open case the user owns. */
    OWNED_CASE(null),
    /** An agreement still ACTIEF past its reviewOn. */
    AGREEMENT_REVIEW_DUE("agreements"),
    /** A plan action still OPEN past its dueOn. */
    ACTION_OVERDUE("actions"),
    /** A HERSTEL conversation whose followUpOn has come without a later HERSTEL conversation. */
    HERSTEL_FOLLOW_UP_DUE("conversations"),
    /** A case in EVALUATIE that the user may sign and has not signed in this round. */
    SIGN_OFF_WAITING(null),
    /** A measure whose parents, Inspectie or leerplicht notification is not recorded. */
    MEASURE_NOTIFICATION_MISSING("measures"),
    /** A case at PM_2 or PM_3 without a coordinator. */
    NO_COORDINATOR(null),
    /** A case whose owner has left the school. */
    OWNER_LEFT(null);

    public final String collection;

    WorkKind(String collection) {
        this.collection = collection;
    }
}
