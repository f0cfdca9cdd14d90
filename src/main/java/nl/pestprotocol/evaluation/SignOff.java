package nl.pestprotocol.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's sign-off of one evaluation round. */
@Entity
@Table(name = "sign_off")
public class SignOff extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    public int round;
    public UUID staffId;
    @Enumerated(EnumType.STRING)
    public SignAs signedAs;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String notes;
    public Instant signedAt;
}
