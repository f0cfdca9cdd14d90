package nl.pestprotocol.caserecords;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Stable pseudonyms within one export: the pupil it is about keeps their name, every other pupil
 * becomes "Leerling A", "Leerling B", … in order of first appearance.
 */
public final class Pseudonyms {

    private final UUID subjectId;
    private final String subjectName;
    private final Map<UUID, String> labels = new HashMap<>();

    public Pseudonyms(UUID subjectId, String subjectName) {
        this.subjectId = subjectId;
        this.subjectName = subjectName;
    }

    public String of(UUID studentId) {
        if (studentId == null) {
            return null;
        }
        if (studentId.equals(subjectId)) {
            return subjectName;
        }
        return labels.computeIfAbsent(studentId, id -> "Leerling " + letters(labels.size()));
    }

    /** A, B, … Z, AA, AB, … */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }
}
