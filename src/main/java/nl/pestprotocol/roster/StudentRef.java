package nl.pestprotocol.roster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a student appears inside a case. {@code id} is the student's externalId. */
@Schema(requiredProperties = { "id", "name" })
public record StudentRef(String id, String name, String groupCode) {

    public static StudentRef of(Student s) {
        return new StudentRef(s.externalId, s.displayName(), s.groupCode);
    }
}
