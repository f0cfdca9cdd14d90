package nl.pestprotocol.caserecords;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One pupil's export while the features fill it: which cases, how to name pupils and staff, and per
 * case the properties each feature adds. Cases appear in the order they are first added to (the case
 * itself exports first, oldest case first).
 */
public final class PupilExport {

    private final UUID subjectId;
    private final Set<String> subjectKeys;
    private final List<UUID> caseIds;
    private final Pseudonyms names;
    private final Map<UUID, String> staffNames;
    private final Map<UUID, Map<String, Object>> cases = new LinkedHashMap<>();
    private final Set<UUID> included = new HashSet<>();

    public PupilExport(UUID subjectId, String subjectExternalId, String subjectName, Collection<UUID> caseIds,
            Map<UUID, String> staffNames) {
        this.subjectId = subjectId;
        this.subjectKeys = Set.of(subjectId.toString(), subjectExternalId);
        this.caseIds = List.copyOf(caseIds);
        this.names = new Pseudonyms(subjectId, subjectName);
        this.staffNames = Map.copyOf(staffNames);
    }

    public UUID subjectId() {
        return subjectId;
    }

    /** Whether a pupil reference stored as text (internal id or externalId) is the subject. */
    public boolean isSubject(String studentKey) {
        return studentKey != null && subjectKeys.contains(studentKey);
    }

    public List<UUID> caseIds() {
        return caseIds;
    }

    /** The subject's name, or a pseudonym stable within this export. */
    public String pupil(UUID studentId) {
        return names.of(studentId);
    }

    /** Pupils in a stable order (by id), named as {@link #pupil(UUID)}. */
    public List<String> pupils(Collection<UUID> studentIds) {
        return studentIds.stream().sorted().map(names::of).toList();
    }

    /** Staff keep their names: they acted for the school. */
    public String staff(UUID staffId) {
        return staffId == null ? null : staffNames.get(staffId);
    }

    /** Adds a property to the export of a case. */
    public void put(UUID caseId, String property, Object value) {
        cases.computeIfAbsent(caseId, id -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", id.toString());
            return c;
        }).put(property, value);
    }

    /** Notes that a record (incident, conversation, …) is in the export, so events about it may be too. */
    public void included(UUID recordId) {
        included.add(recordId);
    }

    public boolean isIncluded(UUID recordId) {
        return included.contains(recordId);
    }

    public List<Map<String, Object>> cases() {
        return List.copyOf(cases.values());
    }
}
