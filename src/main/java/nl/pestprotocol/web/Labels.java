package nl.pestprotocol.web;

import io.quarkus.qute.TemplateExtension;
import nl.pestprotocol.caserecords.WorkKind;
import nl.pestprotocol.cases.Form;
import nl.pestprotocol.reports.ReportStatus;
import nl.pestprotocol.reports.ReporterKind;

/** Dutch words for the vocabularies on the pages ({@code {form.label}} in a template). */
@TemplateExtension
final class Labels {

    private Labels() {
    }

    static String label(Form form) {
        return switch (form) {
            case VERBAAL -> "Uitschelden, uitlachen of roddelen";
            case LICHAMELIJK -> "Duwen, slaan of schoppen";
            case INTIMIDATIE -> "Bedreigen of bang maken";
            case ISOLATIE -> "Buitensluiten of negeren";
            case STELEN_VERNIELEN -> "Spullen afpakken of kapotmaken";
            case DIGITAAL -> "Online: berichten, foto's, sociale media";
        };
    }

    static String label(ReporterKind kind) {
        return switch (kind) {
            case LEERLING -> "Ik ben een leerling";
            case OUDER -> "Ik ben een ouder of verzorger";
            case ANDERS -> "Iemand anders";
        };
    }

    static String label(ReportStatus status) {
        return switch (status) {
            case ONTVANGEN -> "Ontvangen";
            case IN_BEHANDELING -> "In behandeling";
            case AFGEHANDELD -> "Afgehandeld";
        };
    }

    static String label(WorkKind kind) {
        return switch (kind.name()) {
            case "OWNED_CASE" -> "Casus van u";
            case "AGREEMENT_REVIEW_DUE" -> "Afspraak evalueren";
            case "ACTION_OVERDUE" -> "Actie over tijd";
            case "HERSTEL_FOLLOW_UP_DUE" -> "Herstelgesprek opvolgen";
            case "SIGN_OFF_WAITING" -> "Wacht op uw aftekening";
            case "MEASURE_NOTIFICATION_MISSING" -> "Melding van maatregel ontbreekt";
            case "NO_COORDINATOR" -> "Casus zonder coördinator";
            case "OWNER_LEFT" -> "Eigenaar is vertrokken";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /** A share (0..1) as a whole percentage. */
    static String percent(Double share) {
        return Math.round(share * 100) + "%";
    }
}
