package nl.pestprotocol.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.cases.Form;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.reports.ExternalHelp;
import nl.pestprotocol.reports.ReportDtos.Receipt;
import nl.pestprotocol.reports.ReportDtos.ReportInput;
import nl.pestprotocol.reports.ReportDtos.ReportStatusView;
import nl.pestprotocol.reports.ReportLimit;
import nl.pestprotocol.reports.ReportService;
import nl.pestprotocol.reports.ReporterKind;

/**
 * The public pages for pupils and parents (spec §13), no account: the report form, the receipt, and
 * the status lookup. They post to the same ReportService as POST /api/v1/reports, validated by the
 * same constraints; the receipt's secret is posted in the form body, never put in a URL.
 */
public class ReportPages {

    static final String TOO_MANY = "Er zijn vanaf jouw verbinding in korte tijd te veel meldingen verstuurd. Wacht een minuut"
            + " en verstuur je melding dan opnieuw; wat je hebt ingevuld staat er nog.";

    @Inject
    ReportService reports;
    @Inject
    ReportLimit limit;
    @Inject
    Validator validator;

    @Inject
    @Location("web/melden.html")
    Template form;
    @Inject
    @Location("web/ontvangen.html")
    Template received;
    @Inject
    @Location("web/status.html")
    Template status;

    @Route(path = WebPaths.REPORT, methods = HttpMethod.GET)
    @Blocking
    void form(RoutingContext ctx) {
        showForm(ctx, 200, List.of(), null);
    }

    @Route(path = WebPaths.REPORT, methods = HttpMethod.POST)
    @Blocking
    void submit(RoutingContext ctx) {
        if (!Csrf.valid(ctx)) {
            showForm(ctx, 403, List.of("Het formulier is verlopen; vul het opnieuw in."), null);
            return;
        }
        List<String> problems = new ArrayList<>();
        ReporterKind who = FormInput.choice(ctx, "reporterType", ReporterKind.class);
        Set<Form> forms = EnumSet.noneOf(Form.class);
        for (String f : FormInput.all(ctx, "forms")) {
            try {
                forms.add(Form.valueOf(f));
            } catch (IllegalArgumentException e) {
                problems.add("Vorm: onbekende keuze.");
            }
        }
        LocalDate on = null;
        String onText = FormInput.text(ctx, "occurredOn");
        if (onText != null) {
            try {
                on = LocalDate.parse(onText);
            } catch (DateTimeParseException e) {
                problems.add("Wanneer: geen geldige datum.");
            }
        }
        ReportInput input = new ReportInput(who, FormInput.text(ctx, "reporterName"), FormInput.text(ctx, "reporterContact"),
                forms, FormInput.text(ctx, "location"), on, FormInput.text(ctx, "description"), FormInput.text(ctx, "about"));
        problems.addAll(FormInput.problems(validator.validate(input)));
        if (!problems.isEmpty()) {
            showForm(ctx, 422, problems, input);
            return;
        }
        try {
            limit.count(ctx);
        } catch (ApiException e) {
            // the same bucket as POST /api/v1/reports; Retry-After and the RateLimit headers are on the answer already
            showForm(ctx, e.status, List.of(e.status == 429 ? TOO_MANY : Html.message(e)), input);
            return;
        }
        Receipt receipt = reports.submit(input);
        Html.send(ctx, 201, received.data("receipt", receipt).data("help", ExternalHelp.PLACES));
    }

    @Route(path = WebPaths.REPORT + "/status", methods = HttpMethod.GET)
    @Blocking
    void statusForm(RoutingContext ctx) {
        Html.ok(ctx, status.data("csrf", Csrf.token(ctx)).data("result", null).data("problem", null).data("help", ExternalHelp.PLACES));
    }

    @Route(path = WebPaths.REPORT + "/status", methods = HttpMethod.POST)
    @Blocking
    void statusLookup(RoutingContext ctx) {
        String problem = null;
        ReportStatusView result = null;
        int code = 200;
        String receiptCode = FormInput.text(ctx, "code");
        String secret = FormInput.text(ctx, "secret");
        if (!Csrf.valid(ctx)) {
            problem = "Het formulier is verlopen; probeer het opnieuw.";
            code = 403;
        } else if (receiptCode == null || secret == null || receiptCode.length() > 20 || secret.length() > 100) {
            problem = "Vul de code en het geheim van je ontvangstbewijs in.";
            code = 422;
        } else {
            try {
                result = reports.status(receiptCode, secret);
            } catch (ApiException e) {
                // the same words for an unknown code and a wrong secret, as the API
                problem = "Geen melding gevonden met deze code en dit geheim.";
                code = 404;
            }
        }
        Html.send(ctx, code, status.data("csrf", Csrf.token(ctx)).data("result", result).data("problem", problem)
                .data("help", ExternalHelp.PLACES));
    }

    private void showForm(RoutingContext ctx, int code, List<String> problems, ReportInput input) {
        Html.send(ctx, code, form.data("csrf", Csrf.token(ctx)).data("problems", problems).data("input", input)
                .data("kinds", ReporterKind.values()).data("forms", Form.values()).data("help", ExternalHelp.PLACES));
    }
}
