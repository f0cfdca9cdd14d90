package nl.pestprotocol.reports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a pupil or parent can turn outside the school: the protocol's Bijlage 3 ("Externe
 * instanties"), plus the vertrouwensinspecteur of the Onderwijsinspectie, to whom the parents'
 * organisations (Stop Pesten NU, Ouders &amp; Onderwijs) send parents when the school does not hear them.
 */
public final class ExternalHelp {

    /** For whom a place is meant. */
    public enum Audience {
        LEERLINGEN, OUDERS, IEDEREEN
    }

    @Schema(requiredProperties = { "name", "audience", "description", "url" })
    public record Place(
            @Schema(maxLength = 100) String name,
            Audience audience,
            @Schema(maxLength = 1000) String description,
            @Schema(format = "uri", maxLength = 200) String url,
            @Schema(maxLength = 40) String phone) {
    }

    public static final List<Place> PLACES = List.of(
            new Place("Kindertelefoon", Audience.LEERLINGEN,
                    "Praten over wat je dwarszit, helemaal anoniem. Ze luisteren naar je verhaal en zoeken samen met je naar een oplossing.",
                    "https://www.kindertelefoon.nl/", "0800-0432"),
            new Place("Stop Pesten Nu", Audience.IEDEREEN,
                    "Kennis, informatie, tips en adviezen over pesten en cyberpesten. Je kunt hier niet terecht voor hulp bij pesten.",
                    "https://www.stoppestennu.nl/", null),
            new Place("Kinderombudsman", Audience.LEERLINGEN,
                    "Helpt kinderen en jongeren tot 18 jaar om voor hun rechten op te komen, ook als de school niet goed met die rechten omgaat:"
                            + " advies, een gesprek met de school of een onderzoek.",
                    "https://www.kinderombudsman.nl/contact", null),
            new Place("Regenboogloket", Audience.LEERLINGEN,
                    "Steun en advies bij pesten om seksuele geaardheid of genderidentiteit (LHBTQIA+).",
                    "https://regenboogloket.nl/meldpunt/", null),
            new Place("Ouders & Onderwijs", Audience.OUDERS,
                    "Advies en antwoorden op vragen over onderwijs, ook als je overweegt een klacht in te dienen.",
                    "https://oudersenonderwijs.nl/", null),
            new Place("Balans", Audience.OUDERS,
                    "Voor ouders van kinderen met een ondersteuningsvraag bij leren of gedrag, ook bij zorgen over de sociale veiligheid op school.",
                    "https://balansdigitaal.nl/balans-advies", null),
            new Place("Vertrouwensinspecteur van de Onderwijsinspectie", Audience.IEDEREEN,
                    "Als de situatie uit de hand dreigt te lopen of het pesten ernstig bedreigend is, en de school, het aanspreekpunt pesten"
                            + " en de vertrouwenspersoon je niet verder helpen.",
                    "https://www.onderwijsinspectie.nl/", "0900-1113111"));

    private ExternalHelp() {
    }
}
