package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
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

import org.hibernate.annotations.SQLRestriction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A casus. {@code version} is bumped by every write to the case or anything recorded on it. */
@Entity
@Table(name = "bullying_case")
public class BullyingCase extends PanacheEntityBase {

    @Id
    public UUID id;
    public String summary;
    @Enumerated(EnumType.STRING)
    public Step step;
    @Enumerated(EnumType.STRING)
    public Level level;
    public UUID ownerId;
    public UUID coordinatorId;
    public UUID supportCoordinatorId;
    public Instant openedAt;
    public UUID openedById;
    public Instant closedAt;
    public String closeReason;
    public int stepSeq;
    /** 1 when the case opens; each reopening by herhaling starts the next cycle (spec §3). */
    public int cycle;
    /** When the case reached its current level: the level conditions count conversations held since. */
    public Instant levelReachedAt;
    public int evaluationRound;
    public long version;
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "case_form", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form")
    public Set<Form> forms = EnumSet.noneOf(Form.class);

    /** The pupils involved; rows that retention has kept only for counting (no pupil) are not part of it. */
    @ElementCollection
    @CollectionTable(name = "involvement", joinColumns = @JoinColumn(name = "case_id"))
    @SQLRestriction("student_id is not null")
    public Set<Involvement> involvements = new HashSet<>();

    public Optional<Involvement> involvementOf(UUID studentId) {
        return involvements.stream().filter(i -> i.studentId.equals(studentId)).findFirst();
    }

    public boolean hasRole(InvolvementRole role) {
        return involvements.stream().anyMatch(i -> i.role == role);
    }

    /** The first GEPESTE student (earliest involved), whose group decides owner and coordinators. */
    public Optional<UUID> firstGepeste() {
        return involvements.stream().filter(i -> i.role == InvolvementRole.GEPESTE)
                .min(Comparator.comparing((Involvement i) -> i.addedAt).thenComparing(i -> i.studentId))
                .map(i -> i.studentId);
    }

    public void touch(Instant now) {
        version++;
        updatedAt = now;
    }
}
