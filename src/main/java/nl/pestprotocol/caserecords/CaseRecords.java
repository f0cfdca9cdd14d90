package nl.pestprotocol.caserecords;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every feature that records something on a case does for the jobs that cross all of them
 * (spec §10): count its records for the case view, remove their personal content for retention,
 * and hand over what concerns one pupil for the right of access. Each feature implements it in its
 * own package over its own tables; the case view, retention and export iterate over the
 * implementations (CDI) and name no table themselves. A test compares {@link #tables()} of all
 * implementations with the database catalogue, so a new table of case data cannot go unnoticed.
 */
public interface CaseRecords {

    /** The feature's name: its key in the case view's counts and the order it is exported in. */
    String name();

    /** Every table this feature owns that holds case data; retention and export cover exactly these. */
    Set<String> tables();

    /**
     * A scalar SQL query counting this feature's records of the case {@code :caseId}, for the case view;
     * empty when the feature is not counted. The case view runs all of them in one statement.
     */
    default Optional<String> countSql() {
        return Optional.empty();
    }

    /**
     * Retention: removes names, free text and links to pupils and staff from these (closed) cases,
     * keeping the anonymous facts (types, steps, dates, counts). Runs in the retention job's transaction.
     */
    void anonymise(Collection<UUID> caseIds, Instant now);

    /**
     * Retention of what this feature keeps outside any case (a report closed without a case, or never
     * triaged): removes its personal content where the record was last acted on (closed, or else
     * received) before {@code cutoff}, the same term a closed case has. Answers how many records lost
     * it. Runs in the retention job's transaction; most features keep nothing outside a case.
     */
    default int anonymiseOutsideCases(Instant cutoff, Instant now) {
        return 0;
    }

    /**
     * What one of this feature's records is called ("an incident") when it keeps a pupil in the case: an
     * involvement stays while the case's records name the pupil (spec §3). Empty where naming the pupil
     * follows from the involvement itself (the involvement, the timeline, the audit).
     */
    default Optional<String> keepsInvolvementAs() {
        return Optional.empty();
    }

    /** The cases in which this feature's records name any of these pupils, per pupil (absent: none). */
    Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds);

    /**
     * Right of access: adds to {@code export} what of its cases concerns the pupil, and nothing that
     * concerns only another pupil (AVG art. 15(4)). Every other pupil appears as a pseudonym.
     */
    void export(PupilExport export);

    /** Features that refer to the records of others (the timeline) export after them. */
    default int exportOrder() {
        return 10;
    }
}
