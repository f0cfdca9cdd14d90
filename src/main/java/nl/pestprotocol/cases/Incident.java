package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A melding. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    public Instant occurredAt;
    public Instant reportedAt;
    @Enumerated(EnumType.STRING)
    public ReporterType reporterType;
    public String reporterName;
    public String location;
    public String description;
    public UUID loggedById;
    public Instant loggedAt;

    @ElementCollection
    @CollectionTable(name = "incident_form", joinColumns = @JoinColumn(name = "incident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form")
    public Set<Form> forms = EnumSet.noneOf(Form.class);

    @ElementCollection
    @CollectionTable(name = "incident_student", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "student_id")
    public Set<UUID> studentIds = new HashSet<>();
}
