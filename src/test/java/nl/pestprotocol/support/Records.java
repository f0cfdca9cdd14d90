package nl.pestprotocol.support;

import java.util.Map;

import io.restassured.response.Response;

/** Changeable records of a case (agreements, actions, measures): PATCH them with their current ETag. */
public final class Records {

    private Records() {
    }

    /** The ETag a GET of the record answers. */
    public static String etag(String user, String path) {
        return Api.as(user).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Reads the record's ETag and sends the PATCH with it as If-Match. */
    public static Response patch(String user, String path, Map<String, ?> body) {
        return Api.as(user).header("If-Match", etag(user, path)).body(body).patch(path);
    }
}
