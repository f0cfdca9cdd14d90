package nl.pestprotocol.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.roster.CurrentUser;
import nl.pestprotocol.security.Role;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.statistics.StatisticsService;
import nl.pestprotocol.statistics.StatisticsView;
import nl.pestprotocol.statistics.StatisticsView.Dimension;
import nl.pestprotocol.worklist.WorkItem;
import nl.pestprotocol.worklist.WorklistService;

/**
 * The staff pages under /desk (spec §13): the statistics as charts, the caller's worklist. They
 * call the same services as the API, so visibility and roles are exactly the API's (CaseAccess).
 */
public class DeskPages {

    @Inject
    StatisticsService statistics;
    @Inject
    WorklistService worklist;
    @Inject
    CurrentUser user;
    @Inject
    ObjectMapper json;

    @Inject
    @Location("web/dashboard.html")
    Template dashboard;
    @Inject
    @Location("web/werklijst.html")
    Template werklijst;
    @Inject
    @Location("web/fout.html")
    Template fout;

    /** The start page: the figures for who may see them, otherwise the worklist. */
    @Route(path = WebPaths.DESK, methods = HttpMethod.GET)
    @Authenticated
    @Blocking
    void start(RoutingContext ctx) {
        ctx.redirect(user.has(Role.AANSPREEKPUNT) || user.has(Role.ONDERSTEUNINGSCOORDINATOR)
                ? WebPaths.DESK + "/statistieken" : WebPaths.DESK + "/werklijst");
    }

    @Route(path = WebPaths.DESK + "/statistieken", methods = HttpMethod.GET)
    @RolesAllowed({ Roles.AANSPREEKPUNT, Roles.OC })
    @Blocking
    void statistics(RoutingContext ctx) {
        try {
            StatisticsView view = statistics.of(ctx.request().getParam("schooljaar"));
            Html.ok(ctx, dashboard.data("nav", nav()).data("view", view)
                    .data("perMonth", toJson(ChartData.perMonth(view)))
                    .data("byForm", toJson(ChartData.casesBy(view, Dimension.FORM)))
                    .data("byLevel", toJson(ChartData.casesBy(view, Dimension.LEVEL)))
                    .data("totals", view.cells().stream().filter(c -> c.dimension() == Dimension.TOTAL).toList()));
        } catch (ApiException e) {
            Html.send(ctx, e.status, fout.data("nav", nav()).data("message", Html.message(e)));
        }
    }

    @Route(path = WebPaths.DESK + "/werklijst", methods = HttpMethod.GET)
    @RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
    @Blocking
    void worklist(RoutingContext ctx) {
        try {
            Page<WorkItem> page = worklist.page(ctx.request().getParam("cursor"), Page.DEFAULT_LIMIT);
            Html.ok(ctx, werklijst.data("nav", nav()).data("page", page));
        } catch (ApiException e) {
            Html.send(ctx, e.status, fout.data("nav", nav()).data("message", Html.message(e)));
        }
    }

    /** The menu: only the pages this user may open. */
    List<Map<String, String>> nav() {
        List<Map<String, String>> items = new ArrayList<>();
        if (user.has(Role.AANSPREEKPUNT) || user.has(Role.ONDERSTEUNINGSCOORDINATOR)) {
            items.add(link("Cijfers", WebPaths.DESK + "/statistieken"));
        }
        if (user.has(Role.MENTOR) || user.has(Role.LEERLINGCOORDINATOR) || user.has(Role.ONDERSTEUNINGSCOORDINATOR)) {
            items.add(link("Werklijst", WebPaths.DESK + "/werklijst"));
        }
        if (user.has(Role.AANSPREEKPUNT)) {
            items.add(link("Meldingen", WebPaths.DESK + "/meldingen"));
        }
        items.add(link("Uitloggen", WebPaths.DESK + "/uitloggen"));
        return items;
    }

    private static Map<String, String> link(String label, String href) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("href", href);
        return m;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
