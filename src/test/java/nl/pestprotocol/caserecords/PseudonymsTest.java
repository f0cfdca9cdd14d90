package nl.pestprotocol.caserecords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Within one export the subject keeps their name and every other pupil gets a stable letter label. */
class PseudonymsTest {

    @Test
    void theSubjectKeepsTheirNameAndOthersGetStableLabelsInOrderOfAppearance() {
        UUID subject = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Pseudonyms names = new Pseudonyms(subject, "Sanne de Vries");
        assertEquals("Sanne de Vries", names.of(subject));
        assertEquals("Leerling A", names.of(first));
        assertEquals("Leerling B", names.of(second));
        assertEquals("Leerling A", names.of(first), "stable within the export");
        assertNotEquals(names.of(first), names.of(second));
        assertNull(names.of(null));
    }

    @Test
    void labelsGoOnPastZ() {
        assertEquals("Z", Pseudonyms.letters(25));
        assertEquals("AA", Pseudonyms.letters(26));
        assertEquals("AZ", Pseudonyms.letters(51));
        assertEquals("BA", Pseudonyms.letters(52));
    }
}
