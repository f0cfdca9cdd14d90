package nl.pestprotocol.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A leerling, synced from the student record system. The API names students by {@code externalId}. */
@Entity
@Table(name = "student")
public class Student extends PanacheEntityBase {

    @Id
    public UUID id;
    public String externalId;
    public String eckId;
    public String givenName;
    public String familyName;
    public String groupCode;
    public boolean active;
    public LocalDate leftOn;
    public Instant updatedAt;

    public String displayName() {
        return givenName + " " + familyName;
    }
}
