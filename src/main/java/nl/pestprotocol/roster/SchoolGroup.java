package nl.pestprotocol.roster;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A klas / mentorgroep. */
@Entity
@Table(name = "school_group")
public class SchoolGroup extends PanacheEntityBase {

    @Id
    public String code;
    public String department;
    public String schoolYear;
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "group_mentor", joinColumns = @JoinColumn(name = "group_code"))
    @Column(name = "staff_id")
    public Set<UUID> mentorIds = new HashSet<>();
}
