package nl.pestprotocol.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * The audit log as a record of a case. Its entries name the case, the staff member, the role and
 * the operation, and hold no content of the case. When a case is anonymised, the links of its
 * entries to pupils are cleared (the entries themselves stay until the audit's own retention). The
 * export of a pupil holds none of it: spec §10 lists what the export holds, and who at school read
 * the case is not data about the pupil.
 */
@ApplicationScoped
public class AuditRecords implements CaseRecords {

    private final AuditRepository entries;
    private final EntityManager em;

    public AuditRecords(AuditRepository entries, EntityManager em) {
        this.entries = entries;
        this.em = em;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_entry");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        entries.unlinkPupils(caseIds);
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, "select student_id, case_id from audit_entry where student_id = any(:students)", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        // deliberately nothing: see the class comment
    }
}
