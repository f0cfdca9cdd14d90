package nl.pestprotocol.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A student involved in a case, with their role. One role per student per case. */
@Embeddable
public class Involvement {

    public UUID studentId;
    @Enumerated(EnumType.STRING)
    public InvolvementRole role;
    public Instant addedAt;

    protected Involvement() {
    }

    public Involvement(UUID studentId, InvolvementRole role, Instant addedAt) {
        this.studentId = studentId;
        this.role = role;
        this.addedAt = addedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Involvement i && i.studentId.equals(studentId);
    }

    @Override
    public int hashCode() {
        return studentId.hashCode();
    }
}
