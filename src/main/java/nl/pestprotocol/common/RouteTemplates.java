package nl.pestprotocol.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The route template of a request ({@code /api/v1/students/{externalId}/export}) instead of its raw
 * path, so that what we record about a request (audit actions, and access logs) never holds the
 * ids a client put in the path or query. Read from the matched resource method's {@code @Path}s.
 */
public final class RouteTemplates {

    /** The template and, when the method names a pupil ({@link PupilParam}), where that parameter is. */
    private record Route(String template, String pupilPathParam, String pupilQueryParam) {
    }

    private static final Map<Method, Route> ROUTES = new ConcurrentHashMap<>();
    /** A request no resource method matched (the built-in OPTIONS, for one): never its raw path. */
    private static final Route UNMATCHED = new Route("(unmatched)", null, null);

    private RouteTemplates() {
    }

    /** The matched route's template, e.g. {@code /api/v1/cases/{caseId}/involvements/{studentId}}. */
    public static String of(ResourceInfo resource) {
        return route(resource).template();
    }

    /** The externalId of the pupil this request is about, when the matched method marks one. */
    public static Optional<String> pupil(ResourceInfo resource, UriInfo uri) {
        Route route = route(resource);
        if (route.pupilPathParam() != null) {
            return Optional.ofNullable(uri.getPathParameters().getFirst(route.pupilPathParam()));
        }
        if (route.pupilQueryParam() != null) {
            return Optional.ofNullable(uri.getQueryParameters().getFirst(route.pupilQueryParam()));
        }
        return Optional.empty();
    }

    private static Route route(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return UNMATCHED;
        }
        return ROUTES.computeIfAbsent(resource.getResourceMethod(), m -> build(resource.getResourceClass(), m));
    }

    private static Route build(Class<?> type, Method method) {
        String root = ConfigProvider.getConfig().getOptionalValue("quarkus.rest.path", String.class).orElse("/");
        String template = join(join(root, path(type.getAnnotation(Path.class))), path(method.getAnnotation(Path.class)));
        String pathParam = null;
        String queryParam = null;
        Annotation[][] parameters = method.getParameterAnnotations();
        for (Annotation[] annotations : parameters) {
            boolean pupil = false;
            String path = null;
            String query = null;
            for (Annotation a : annotations) {
                if (a instanceof PupilParam) {
                    pupil = true;
                } else if (a instanceof PathParam p) {
                    path = p.value();
                } else if (a instanceof QueryParam q) {
                    query = q.value();
                }
            }
            if (pupil) {
                pathParam = path;
                queryParam = query;
            }
        }
        // a parameter's regular expression ({id: [0-9]+}) is no part of its name
        template = template.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return new Route(template.isEmpty() ? "/" : template, pathParam, queryParam);
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    /** Joins two path parts with exactly one slash between them and none at the end. */
    static String join(String left, String right) {
        String l = left.endsWith("/") ? left.substring(0, left.length() - 1) : left;
        String r = right.startsWith("/") ? right.substring(1) : right;
        String joined = r.isEmpty() ? l : l + "/" + r;
        return joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
