package nl.pestprotocol.conversations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A gesprek. */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public ConversationType type;
    public Instant heldAt;
    public UUID conductedById;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> otherParticipants = new ArrayList<>();
    public String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> guideAnswers = new LinkedHashMap<>();
    public boolean safetyAssessed;
    public LocalDate followUpOn;
    public Instant createdAt;
    /** The case's cycle when it was recorded; the guards count only the current cycle's conversations. */
    public int cycle;

    @ElementCollection
    @CollectionTable(name = "conversation_student", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "student_id")
    public Set<UUID> studentIds = new HashSet<>();
}
