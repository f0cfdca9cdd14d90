package nl.pestprotocol.caserecords;

/**
 * A feature's part of the worklist (spec §13): the items its own records make for the caller in one
 * open case. The worklist puts every feature's SQL side by side in one statement over the cases the
 * caller can see, so the list is computed in the database and each feature names only its own tables.
 */
public interface CaseWork {

    /**
     * A SELECT of rows {@code (kind, due_on, record_id)}: {@code kind} a {@link WorkKind} name,
     * {@code due_on} a date or {@code cast(null as date)}, {@code record_id} the record's id or
     * {@code cast(null as uuid)}. It may refer to the open case as alias {@code c} (table
     * {@code bullying_case}) and to the parameters {@code :me} (the caller's staff id), {@code :today},
     * {@code :isLc} and {@code :isOc} (the caller's coordinator roles).
     */
    String sql();
}
