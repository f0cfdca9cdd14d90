package nl.pestprotocol.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.roster.LeaverRecords;

/**
 * Spec §10 "Leavers": a pupil who left before the cutoff, and whom no record of any case names any
 * more (retention clears those links when it anonymises a case), loses their own record's
 * identifying data as well.
 */
@ApplicationScoped
class LeaverRule {

    private static final int BATCH = 500;

    private final LeaverRecords leavers;
    private final Instance<CaseRecords> records;

    LeaverRule(LeaverRecords leavers, Instance<CaseRecords> records) {
        this.leavers = leavers;
        this.records = records;
    }

    /** Answers how many pupils' records were anonymised. Runs inside the retention job's transaction. */
    int apply(LocalDate cutoff, Instant now) {
        List<UUID> left = leavers.leftBefore(cutoff);
        int anonymised = 0;
        for (int from = 0; from < left.size(); from += BATCH) {
            List<UUID> batch = left.subList(from, Math.min(left.size(), from + BATCH));
            Set<UUID> stillNamed = new HashSet<>();
            for (CaseRecords kind : records) {
                kind.casesNaming(batch).forEach((student, cases) -> {
                    if (!cases.isEmpty()) {
                        stillNamed.add(student);
                    }
                });
            }
            anonymised += leavers.anonymise(batch.stream().filter(s -> !stillNamed.contains(s)).toList(), now);
        }
        return anonymised;
    }
}
