package nl.pestprotocol.conversations;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The conversation guides of Bijlage 1 of the protocol, in its own words. Question codes are
 * stable: {@code guideAnswers} of a conversation are keyed by them.
 */
public final class ConversationGuides {

    @Schema(requiredProperties = { "code", "text" })
    public record Question(String code, String text) {
    }

    @Schema(requiredProperties = { "type", "title", "aims", "questions" })
    public record Guide(ConversationType type, String title, List<String> aims, List<Question> questions) {

        public boolean hasQuestion(String code) {
            return questions.stream().anyMatch(q -> q.code().equals(code));
        }
    }

    private static final Map<ConversationType, Guide> GUIDES = new EnumMap<>(ConversationType.class);

    static {
        GUIDES.put(ConversationType.GEPESTE, new Guide(ConversationType.GEPESTE, "Leidraad voor een gesprek met de gepeste leerling",
                List.of("Het winnen van vertrouwen en het verhelderen van de situatie: laat de leerling het eigen verhaal vertellen,"
                        + " vraag hoe het pesten voelt, stel gerust en laat merken dat er iets aan gedaan gaat worden.",
                        "Door middel van gerichte vragen een duidelijk beeld krijgen van het pesten.",
                        "Afspraken maken over de rol van de leerling zelf en de rol van de school."),
                List.of(new Question("KLOPT_HET", "Klopt het dat je gepest wordt?"),
                        new Question("DOOR_WIE", "Door wie word je gepest? Zijn er nog meer?"),
                        new Question("HOE", "Hoe word je gepest?"),
                        new Question("WAAR", "Waar word je gepest? Zijn er nog meer plekken?"),
                        new Question("WANNEER", "Wanneer word je gepest?"),
                        new Question("HOE_VAAK", "Hoe vaak word je gepest?"),
                        new Question("HOE_LANG", "Hoe lang speelt het pesten al?"),
                        new Question("OUDERS_WETEN", "Weten je ouder(s)/verzorger(s) of andere personen dat je gepest wordt?"),
                        new Question("HULP_VAN_ANDEREN", "Zijn er leerlingen die jou wel eens proberen te helpen?"),
                        new Question("RESULTAAT_HULP", "Welk resultaat had dit?"),
                        new Question("GEWENST_RESULTAAT", "Wat wil je dat er nu gebeurt; wat wil je bereiken?"),
                        new Question("ROL_LEERLING", "Wat kan de leerling zelf doen tegen het pesten en waaraan wil hij/zij werken?"),
                        new Question("ROL_SCHOOL", "Wat doet de school, en hoe verloopt een eventueel gesprek met de pester?"))));
        GUIDES.put(ConversationType.PESTER, new Guide(ConversationType.PESTER, "Leidraad voor een gesprek met een leerling die pest",
                List.of("De leerling confronteren met zijn gedrag en de gevolgen hiervan.",
                        "Achterliggende oorzaken boven tafel proberen te krijgen.",
                        "Het schetsen van de stappen die volgen wanneer het pestgedrag niet stopt."),
                List.of(new Question("GEDRAG_EN_GEVOLGEN", "Welk waargenomen gedrag is besproken, en wat zijn de gevolgen voor de gepeste?"),
                        new Question("WAAROM", "Hoe komt het dat je dit gedrag nodig hebt?"),
                        new Question("OPBRENGST", "Wat levert het jou op?"),
                        new Question("AFREAGEREN", "Wat reageer je af op die ander?"),
                        new Question("EMPATHIE", "Wat ga je doen aan het tekort aan empathisch vermogen dat in dit gedrag zichtbaar wordt?"),
                        new Question("GEWENST_GEDRAG", "Welk gedrag wordt voortaan verwacht?"),
                        new Question("VERVOLGSTAPPEN", "Welke stappen volgen wanneer het pestgedrag opnieuw voorkomt?"))));
        GUIDES.put(ConversationType.HERSTEL, new Guide(ConversationType.HERSTEL,
                "Leidraad voor een gesprek tussen de gepeste leerling en de pester",
                List.of("Het herstellen van de relatie; sancties en doorverwijzing komen in de individuele gesprekken aan bod.",
                        "Overweeg vooraf of dit gesprek zinvol en veilig gevoerd kan worden; zo niet, zoek samen een andere aanpak.",
                        "Maak met beide leerlingen een vervolgafspraak om te monitoren of de afspraken worden nageleefd."),
                List.of(new Question("DOEL", "Is het doel van het gesprek (herstel van de relatie) besproken?"),
                        new Question("VERHAAL_GEPESTE", "Wat vertelde de gepeste leerling?"),
                        new Question("VERHAAL_PESTER", "Wat vertelde de pester?"),
                        new Question("NODIG_VOOR_HERSTEL", "Wat is er volgens beide leerlingen nodig om de relatie te herstellen?"),
                        new Question("EIGEN_BIJDRAGE", "Wat kan elke leerling zelf doen, en wat is daarvoor nodig van elkaar, de mentor,"
                                + " de klas en/of de ouders?"),
                        new Question("VOLDOENDE", "Is dit wat beide leerlingen betreft voldoende?"),
                        new Question("AFSPRAAK_STOPPEN", "Is afgesproken dat het pestgedrag vanaf nu niet meer voorkomt?"))));
    }

    private ConversationGuides() {
    }

    public static Optional<Guide> of(ConversationType type) {
        return Optional.ofNullable(GUIDES.get(type));
    }
}
