package nl.pestprotocol.roster.sync;

/**
 * One invalid field of one item of a sync; {@code field} is null when the item as a whole is invalid,
 * and {@code index} negative when the list as a whole is.
 */
public record SyncItemProblem(String kind, int index, String field, String reason) {

    /** As a JSON pointer into the request: {@code /students/17/groupCode}. */
    public String pointer() {
        if (index < 0) {
            return "/" + kind;
        }
        return "/" + kind + "/" + index + (field == null ? "" : "/" + field);
    }
}
