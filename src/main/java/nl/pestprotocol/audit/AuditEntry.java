package nl.pestprotocol.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Who read or changed which case, when, in which role, in which request; never a pupil's name or
 * externalId. {@code studentId} is the internal id of the pupil an operation was about (an export, an
 * involvement), kept apart so retention can clear it. Otherwise never updated; deleted only by retention.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String subject;
    public String username;
    public String role;
    public String action;
    public UUID caseId;
    public String requestId;
    public UUID studentId;
}
