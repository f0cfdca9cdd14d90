package nl.pestprotocol.analysis;

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
 * The answers of step 2 (analyseren); one per case, replaced as a whole. {@code cycle} is the cycle it
 * was recorded in: a case reopened by herhaling has no analysis until one is recorded again.
 */
@Entity
@Table(name = "analysis")
public class Analysis extends PanacheEntityBase {

    @Id
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    public String how;
    public String groupRole;
    public LocalDate since;
    public String duration;
    public String previousInterventions;
    public Instant recordedAt;
    public UUID recordedById;
    public int cycle;

    @ElementCollection
    @CollectionTable(name = "analysis_form", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form")
    public Set<Form> forms = EnumSet.noneOf(Form.class);
}
