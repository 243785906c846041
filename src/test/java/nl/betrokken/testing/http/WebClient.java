package nl.betrokken.testing.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One visitor of the service, as a browser without JavaScript is: its own cookies, forms sent as
 * application/x-www-form-urlencoded, redirects after a POST followed with a GET. Every request's
 * time is added to the given latencies. All visitors share one HTTP client (its connection pool).
 */
public final class WebClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    public record Page(int status, String path, String body) {
        public Document document() {
            return Jsoup.parse(body, "http://localhost" + path);
        }
    }

    private final List<String> bases;
    private final Latencies requests;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int next;

    public WebClient(String base, Latencies requests) {
        this(List.of(base), requests);
    }

    /** A visitor whose requests go to each of several replicas in turn, as behind a load balancer without stickiness. */
    public WebClient(List<String> bases, Latencies requests) {
        this.bases = List.copyOf(bases);
        this.requests = requests;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public Page get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), path);
    }

    /** Sends a form; a 303 answer is followed with a GET, as a browser does. */
    public Page post(String path, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException {
        return send(form(path, fields), path);
    }

    /** Sends a JSON body to the API, as a script would. */
    public Page postJson(String path, String json) throws IOException, InterruptedException {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                path);
    }

    /** The request a browser makes when it sends this form, with this visitor's cookies: to send it yourself, as often as you like. */
    public HttpRequest form(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Logs in with the login form; afterwards every request carries the session cookie. */
    public WebClient login(String username, String password) throws IOException, InterruptedException {
        Page after = tryLogin(username, password);
        if (!cookies.containsKey("betrokken_session")) {
            throw new IllegalStateException("login as " + username + " failed with " + after.status());
        }
        return this;
    }

    /** One try with the login form, as a person types it; the answer says whether it worked. */
    public Page tryLogin(String username, String password) throws IOException, InterruptedException {
        Document form = get("/login").document();
        return post(
                "/login",
                List.of(
                        Map.entry("username", username),
                        Map.entry("password", password),
                        Map.entry("next", "/"),
                        Map.entry(
                                "csrf-token",
                                form.select("input[name=csrf-token]").val())));
    }

    /** Reads a (large) response to its end without keeping it; returns its bytes. */
    public long drain(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HTTP.send(
                request(path).timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        long bytes = 0;
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = response.body()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
            }
        }
        return bytes;
    }

    /** What a phone downloads for one URL: the bytes on the wire (compressed if the server compresses) and unpacked. */
    public record Transfer(String path, String encoding, long wireBytes, long bytes) {}

    public Transfer transfer(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(
                request(path)
                        .header("Accept-Encoding", "gzip, deflate, br")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        byte[] body = response.body();
        long unpacked = body.length;
        if (encoding.equals("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                unpacked = in.readAllBytes().length;
            }
        }
        // the response headers travel too
        long headers = response.headers().map().entrySet().stream()
                        .mapToLong(h -> h.getValue().stream()
                                .mapToLong(v -> h.getKey().length() + v.length() + 4)
                                .sum())
                        .sum()
                + 17;
        return new Transfer(path, encoding, body.length + headers, unpacked);
    }

    /** Time to the first byte of the answer (its status line and headers), then reads the rest. */
    public long timeToFirstByte(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response =
                HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = Latencies.since(start);
        try (InputStream in = response.body()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return firstByte;
    }

    public HttpRequest.Builder request(String path) {
        String base = bases.get(next++ % bases.size());
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    /** The kind of a request: its method and path, with a link's slug, a page's id and the query left out. */
    public static String kind(String method, String path) {
        return method + " "
                + path.replaceFirst("\\?.*", "")
                        .replaceFirst("^/([sk])/[^/]+", "/$1/{slug}")
                        .replaceFirst("/p/[^/]+", "/p/{page}")
                        .replaceAll("/[0-9]+(?=/|$)", "/{id}");
    }

    private Page send(HttpRequest request, String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        requests.add(kind(request.method(), path), Latencies.since(start));
        remember(response);
        if (response.statusCode() == 303 || response.statusCode() == 302) {
            String location = response.headers().firstValue("Location").orElseThrow();
            String next =
                    URI.create(location).isAbsolute() ? URI.create(location).getRawPath() : location;
            return get(next);
        }
        return new Page(response.statusCode(), path, response.body());
    }

    private void remember(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
