package nl.pestprotocol.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A staff member (medewerker). Entities extend PanacheEntityBase only so Quarkus generates
 * accessors for the public fields; all queries go through the repositories.
 */
@Entity
@Table(name = "staff")
public class Staff extends PanacheEntityBase {

    @Id
    public UUID id;
    public String externalId;
    public String username;
    public String givenName;
    public String familyName;
    public boolean active = true;
    public LocalDate leftOn;
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "staff_department", joinColumns = @JoinColumn(name = "staff_id"))
    public Set<DepartmentRole> departments = new HashSet<>();

    /**
     * Left the school (spec §1): no access to cases and no new assignments. On the day in
     * {@code leftOn} itself they still work; only a date in the past counts.
     */
    public boolean hasLeft(LocalDate today) {
        return !active || leftOn != null && leftOn.isBefore(today);
    }

    public String displayName() {
        return givenName + " " + familyName;
    }
}
