package nl.pestprotocol.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Reads a paged list ({@code {items, next}}) to its end, following the cursors. */
public final class Pages {

    private Pages() {
    }

    /** Every item of the list at {@code path}, as {@code user}, with the largest page size. */
    public static List<Map<String, Object>> all(String user, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(user).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }

    /** One property of every item, such as {@code "id"}. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> all(String user, String path, String property) {
        return all(user, path).stream().map(item -> (T) item.get(property)).toList();
    }
}
