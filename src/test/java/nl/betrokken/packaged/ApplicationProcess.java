package nl.betrokken.packaged;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app) run the way a user runs it: its own JVM, its own
 * working directory, stopped by a signal. Its output goes to a log file in the working directory.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final Path home;

    private ApplicationProcess(Process process, int port, Path log, Path home) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.home = home;
    }

    public static ApplicationProcess start(Path workingDirectory, Map<String, String> environment) throws IOException {
        return start(workingDirectory, environment, "-Xmx256m");
    }

    /** Starts with the given heap limit, e.g. "-Xmx80m" to prove something streams. */
    public static ApplicationProcess start(Path workingDirectory, Map<String, String> environment, String heap)
            throws IOException {
        Path jar = Path.of(System.getProperty("betrokken.app.dir", "target/quarkus-app"))
                .resolve("quarkus-run.jar")
                .toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: run the integration tests with ./mvnw verify");
        }
        Files.createDirectories(workingDirectory);
        int port = freePort();
        Path log = workingDirectory.resolve("app-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        // the integration tests start the service a dozen times for seconds each: a quicker JIT there saves CI
        // minutes (failsafe sets it; the benchmarks do not, they measure the service as it runs in production)
        for (String option : System.getProperty("betrokken.it.jvm-options", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_"));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment()
                .put(
                        "BETROKKEN_DEFINITIONS_DIRECTORY",
                        Path.of("survey-definitions").toAbsolutePath().toString());
        builder.environment().putAll(environment);
        return new ApplicationProcess(builder.start(), port, log, workingDirectory);
    }

    /** Ready, with the demo complete: its answers are written after the service is ready (see DemoProgress). */
    public ApplicationProcess awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitHealth("/q/health/ready", timeout);
        return awaitHealth("/q/health/well", Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** Ready to serve, as a load balancer sees it: what the benchmarks time a start by. */
    public ApplicationProcess awaitServing(Duration timeout) throws Exception {
        return awaitHealth("/q/health/ready", timeout);
    }

    private ApplicationProcess awaitHealth(String check, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> ready = get(check);
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not ready within " + timeout + ":\n" + output());
    }

    /** GET, with extra headers given as name, value, name, value... */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> sendJson(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the API and returns the session cookie as a header (name, value) for later requests. */
    public String[] login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = sendJson(
                "POST", "/api/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "login of " + username + " answered " + response.statusCode() + ": " + response.body());
        }
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.contains("betrokken_session="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        return new String[] {"Cookie", cookie.split(";", 2)[0]};
    }

    /** Reads a response to the end without keeping it: its bytes and its lines. */
    public long[] drain(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ":\n" + output());
        }
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {bytes, lines};
    }

    /** SIGTERM, as Ctrl+C or a service manager would; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application did not stop within 60 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks run, exactly like a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** The operating system's process id, e.g. to read its memory use from /proc. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** The process id of the embedded PostgreSQL's postmaster. */
    public long databasePid() throws IOException {
        return Long.parseLong(Files.readAllLines(home.resolve("data/pg/postmaster.pid"))
                .get(0)
                .trim());
    }

    /** A connection to the embedded PostgreSQL (user postgres, no password, localhost only), found from its postmaster.pid. */
    public Connection database() throws IOException, SQLException {
        int port = Integer.parseInt(Files.readAllLines(home.resolve("data/pg/postmaster.pid"))
                .get(3)
                .trim());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/betrokken", "postgres", "");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
