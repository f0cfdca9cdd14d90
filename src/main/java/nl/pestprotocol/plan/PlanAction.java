package nl.pestprotocol.plan;

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

/** An action of the plan van actie. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Term term;
    @Enumerated(EnumType.STRING)
    public Track track;
    public String description;
    public UUID assigneeId;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;
    public Instant createdAt;
    /** The ETag: bumped by every change to this record (not by changes elsewhere on the case). */
    public long version = 1;
    /** The case's cycle when the action was added; the guards count only the current cycle's actions. */
    public int cycle;

    @ElementCollection
    @CollectionTable(name = "plan_action_student", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "student_id")
    public Set<UUID> studentIds = new HashSet<>();
}
