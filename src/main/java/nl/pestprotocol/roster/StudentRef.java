package nl.pestprotocol.roster;

/** How a student appears inside a case. {@code id} is the student's externalId. */
public record StudentRef(String id, String name, String groupCode) {

    public static StudentRef of(Student s) {
        return new StudentRef(s.externalId, s.displayName(), s.groupCode);
    }
}
