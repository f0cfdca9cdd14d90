package nl.pestprotocol.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A maatregel of step 6 (vervolgstappen). {@code stepSeq} tells in which stay in VERVOLGSTAPPEN it was decided. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    public UUID studentId;
    @Enumerated(EnumType.STRING)
    public MeasureType type;
    public LocalDate startOn;
    public Integer schoolDays;
    public LocalDate endOn;
    public String reason;
    public UUID decidedById;
    public int stepSeq;
    public LocalDate parentsHeardOn;
    public boolean inspectieNotificationRequired;
    public boolean leerplichtNotificationRequired;
    public Instant parentsNotifiedInWritingAt;
    public Instant inspectieNotifiedAt;
    public Instant leerplichtNotifiedAt;
    public Instant createdAt;
    /** The ETag: bumped by every change to this record (not by changes elsewhere on the case). */
    public long version = 1;
}
