package nl.betrokken.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser without JavaScript for HTTP-level tests of the pages: it keeps cookies, reads
 * the CSRF token of the last page, and never follows redirects on its own.
 */
public class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern HIDDEN_R = Pattern.compile("name=\"r\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastPage = "";
    private String csrfToken;

    /** A client logged in through the login form, as a person would be. */
    public static FormClient loggedIn(String username) {
        FormClient client = new FormClient();
        client.get("/login");
        Response response = client.post("/login", "username", username, "password", Accounts.PASSWORD);
        if (response.statusCode() != 303) {
            throw new IllegalStateException("login of " + username + " failed with " + response.statusCode());
        }
        return client;
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** Follows one redirect if there is one and returns the page it leads to. */
    public Response follow(Response response) {
        if (response.statusCode() / 100 == 3) {
            String location = response.header("Location");
            return get(location.replaceFirst("^https?://[^/]+", ""));
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last form seen, as a browser resending a form would. */
    public Response post(String path, Map<String, List<String>> fields) {
        RequestSpecification request = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        if (csrfToken != null) {
            request.formParam("csrf-token", csrfToken);
        }
        fields.forEach((name, values) -> values.forEach(value -> request.formParam(name, value)));
        Response response = request.post(path);
        remember(response);
        return response;
    }

    public Response post(String path, String... nameValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return post(path, fields);
    }

    /** The hidden respondent token of the last page. */
    public String hiddenToken() {
        Matcher matcher = HIDDEN_R.matcher(lastPage);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The CSRF token of the last form seen, for a request made by hand. */
    public String csrfToken() {
        return csrfToken;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forget(String cookie) {
        cookies.remove(cookie);
    }

    public String lastPage() {
        return lastPage;
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        if (response.contentType() != null && response.contentType().startsWith("text/html")) {
            lastPage = response.asString();
            Matcher csrf = CSRF.matcher(lastPage);
            if (csrf.find()) {
                csrfToken = csrf.group(1);
            }
        }
    }
}
