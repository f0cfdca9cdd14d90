package nl.pestprotocol.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code next} is absent on the last page. */
@Schema(requiredProperties = "items")
public record Page<T>(List<T> items, String next) {

    /** The page size when a client asks for none. */
    public static final int DEFAULT_LIMIT = 50;

    /**
     * The page of {@code rows}, which the query fetched one longer than {@code limit} so that a
     * next page is known without counting: the extra row is not shown, it only says there is more.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<List<R>, List<T>> views, Function<R, String> cursorOf) {
        List<R> shown = rows.subList(0, Math.min(limit, rows.size()));
        String next = rows.size() > limit ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(views.apply(shown), next);
    }
}
