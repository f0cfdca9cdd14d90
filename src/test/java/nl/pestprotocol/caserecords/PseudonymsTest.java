package nl.pestprotocol.caserecords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Pure logic, no Quarkus: pseudonyms are stable within an export and the subject keeps their name. */
class PseudonymsTest {

    @Test
    void theSubjectKeepsTheirNameAndEveryOtherPupilGetsTheSameLabelEachTime() {
        UUID me = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Pseudonyms names = new Pseudonyms(me, "Sanne Jansen");
        assertEquals(List.of("Sanne Jansen", "Leerling A", "Leerling B", "Leerling A", "Leerling B"),
                List.of(names.of(me), names.of(a), names.of(b), names.of(a), names.of(b)));
        assertEquals(null, names.of(null));
    }

    @Test
    void labelsContinueAfterZWithTwoLetters() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA"), List.of(Pseudonyms.letters(0), Pseudonyms.letters(25),
                Pseudonyms.letters(26), Pseudonyms.letters(51), Pseudonyms.letters(52)));
    }
}
