package nl.pestprotocol.agreements;

import java.time.Instant;
import java.time.LocalDate;
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

/** An afspraak about the desired behaviour, reviewed on {@code reviewOn}. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    public String description;
    public UUID conversationId;
    public LocalDate reviewOn;
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;
    public Instant communicatedToStudentsAt;
    public Instant communicatedToParentsAt;
    public Instant recordedInSomAt;
    public Instant createdAt;
    /** The ETag: bumped by every change to this record (not by changes elsewhere on the case). */
    public long version = 1;
    /** The case's cycle when it was made; the guards count only the current cycle's agreements. */
    public int cycle;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "student_id")
    public Set<UUID> partyIds = new HashSet<>();
}
