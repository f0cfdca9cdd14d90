package nl.pestprotocol.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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
import nl.pestprotocol.cases.Form;

/**
 * A report (melding) from a pupil, a parent or someone else, received without an account. Only the
 * hash of the receipt's secret is stored. {@code about} is free text: never linked to roster pupils.
 */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public byte[] secretHash;
    @Enumerated(EnumType.STRING)
    public ReporterKind reporterType;
    public String reporterName;
    public String reporterContact;
    public String location;
    public LocalDate occurredOn;
    public String description;
    public String about;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    /** What the reporter reads with the status; null: the status's default message. */
    public String message;
    public Instant receivedAt;
    public UUID caseId;
    public UUID incidentId;
    @Enumerated(EnumType.STRING)
    public Triage triage;
    public UUID triagedById;
    public Instant triagedAt;
    public String closeReason;
    public Instant anonymizedAt;

    @ElementCollection
    @CollectionTable(name = "report_form", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form")
    public Set<Form> forms = EnumSet.noneOf(Form.class);
}
