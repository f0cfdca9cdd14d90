package nl.pestprotocol.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.web.Param;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.cases.CaseDtos.StudentRoleInput;
import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.reports.ReportDtos.ReportView;
import nl.pestprotocol.reports.ReportDtos.TriageInput;
import nl.pestprotocol.reports.ReportService;
import nl.pestprotocol.reports.ReportStatus;
import nl.pestprotocol.reports.Triage;
import nl.pestprotocol.reports.TriageService;
import nl.pestprotocol.security.Roles;

/** The aanspreekpunt's intake queue with its triage forms; the same services as /api/v1/reports. */
public class IntakePages {

    @Inject
    ReportService reports;
    @Inject
    TriageService triage;
    @Inject
    DeskPages desk;
    @Inject
    Validator validator;

    @Inject
    @Location("web/meldingen.html")
    Template meldingen;

    @Route(path = WebPaths.DESK + "/meldingen", methods = HttpMethod.GET)
    @RolesAllowed(Roles.AANSPREEKPUNT)
    @Blocking
    void queue(RoutingContext ctx) {
        show(ctx, 200, List.of(), null);
    }

    @Route(path = WebPaths.DESK + "/meldingen/:id/triage", methods = HttpMethod.POST)
    @RolesAllowed(Roles.AANSPREEKPUNT)
    @Blocking
    void triage(RoutingContext ctx, @Param("id") String id) {
        if (!Csrf.valid(ctx)) {
            show(ctx, 403, List.of("Het formulier is verlopen; probeer het opnieuw."), null);
            return;
        }
        UUID reportId;
        try {
            reportId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            show(ctx, 404, List.of("Deze melding bestaat niet."), null);
            return;
        }
        List<String> problems = new ArrayList<>();
        Triage choice = FormInput.choice(ctx, "triage", Triage.class);
        if (choice == null) {
            problems.add("Kies wat er met de melding gebeurt.");
        }
        List<StudentRoleInput> students = students(FormInput.text(ctx, "students"), problems);
        TriageInput input = new TriageInput(choice, FormInput.text(ctx, "caseId"), FormInput.text(ctx, "summary"), null,
                students.isEmpty() ? null : students, FormInput.text(ctx, "closeReason"), FormInput.text(ctx, "message"));
        if (choice != null) {
            problems.addAll(FormInput.problems(validator.validate(input)));
        }
        if (!problems.isEmpty()) {
            show(ctx, 422, problems, null);
            return;
        }
        try {
            ReportView done = triage.triage(reportId, input);
            show(ctx, 200, List.of(), "Melding " + done.code() + " is verwerkt (" + done.triage() + ")"
                    + (done.caseId() == null ? "." : "; casus " + done.caseId() + "."));
        } catch (ApiException e) {
            show(ctx, e.status, List.of(Html.message(e)), null);
        }
    }

    private void show(RoutingContext ctx, int status, List<String> problems, String done) {
        Page<ReportView> page = reports.queue(ReportStatus.ONTVANGEN, ctx.request().getParam("cursor"), 20);
        Html.send(ctx, status, meldingen.data("nav", desk.nav()).data("page", page).data("problems", problems)
                .data("done", done).data("csrf", Csrf.token(ctx)).data("roles", InvolvementRole.values())
                .data("today", LocalDate.now()));
    }

    /** One pupil per line: the roster id and a role, e.g. {@code 1A-01 GEPESTE}. */
    static List<StudentRoleInput> students(String text, List<String> problems) {
        List<StudentRoleInput> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String[] parts = line.strip().split("[\\s,;:]+");
            if (parts.length == 1 && parts[0].isEmpty()) {
                continue;
            }
            InvolvementRole role = null;
            if (parts.length == 2) {
                try {
                    role = InvolvementRole.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    role = null;
                }
            }
            if (role == null) {
                problems.add("Leerlingen: '" + line.strip() + "' is geen leerlingnummer met een rol (bijvoorbeeld 1A-01 GEPESTE).");
            } else {
                out.add(new StudentRoleInput(parts[0], role));
            }
        }
        return out;
    }
}
