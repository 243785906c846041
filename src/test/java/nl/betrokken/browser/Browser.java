package nl.betrokken.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded browser), with
 * axe-core for accessibility checks. axe-core comes from the npm registry once, checked against
 * its published SHA-512, and is kept under target/.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("betrokken.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("betrokken.chromedriver", "/usr/bin/chromedriver"));
    private static final String AXE_VERSION = "4.10.2";
    private static final String AXE_INTEGRITY =
            "sha512-RE3mdQ7P3FRSe7eqCWoeQ/Z9QXrtniSjp1wUjt5nRC3WIpz5rSCve6o3fsZ2aCpJtrZjSZgjwXAoTO5k4tEI0w==";
    private static String axeSource;

    private Browser() {}

    /** Skips (does not fail) where Chromium is not installed; .ci/run installs it, so CI always runs these. */
    static void requireChromium() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    /**
     * A phone: 360 x 740 CSS pixels, touch, a mobile user agent, Dutch as the browser language. Without
     * JavaScript, the site's script is blocked from loading: chromedriver itself needs JavaScript to
     * click (it waits on a promise), and the site has no other script (its CSP forbids inline ones),
     * so this is exactly the page a phone with JavaScript off gets.
     */
    /** Logs in through the login form and waits for the start page. */
    static void login(ChromeDriver driver, String loginUrl, String username, String password) {
        driver.get(loginUrl);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> d.getCurrentUrl().endsWith("/app"));
    }

    static ChromeDriver phone(boolean javascript) {
        return start(javascript, true);
    }

    /** A desktop browser: 1280 x 800, a mouse, the same Dutch language settings. */
    static ChromeDriver desktop() {
        return start(true, false);
    }

    private static ChromeDriver start(boolean javascript, boolean phone) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--lang=nl-NL",
                "--user-data-dir=" + tempProfile());
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "touch", true),
                            "userAgent",
                            "Mozilla/5.0 (Linux; Android 12; Budget phone) AppleWebKit/537.36 (KHTML, like Gecko)"
                                    + " Chrome/150.0 Mobile Safari/537.36"));
        } else {
            options.addArguments("--window-size=1280,800");
        }
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", "nl-NL,nl");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!javascript) {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.js")));
        }
        return driver;
    }

    private static String tempProfile() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "chromium-profile-").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The WCAG 2.0, 2.1 and 2.2 A and AA violations axe-core finds on the current page, as "rule: target"
     * lines. axe-core 4.10 has no rule tagged wcag22a; its one wcag22aa rule, target-size (2.5.8), is off
     * by default, so a line also reports a run in which it did not take part.
     */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityViolations(ChromeDriver driver) {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
                + ".then(function (r) { var found = r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' ') + ' [' + n.any.concat(n.all, n.none).map(function (c) {"
                + "      return c.message; }).join('; ') + ']'; }).join(', '); });"
                + "  var ran = r.violations.concat(r.passes, r.incomplete, r.inapplicable)"
                + "    .some(function (v) { return v.id === 'target-size'; });"
                + "  if (!ran) { found.push('axe did not run target-size (WCAG 2.2, 2.5.8)'); }"
                + "  done(found); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    /** Bytes the page and everything it loaded took on the wire (compressed, headers excluded). */
    static long transferredBytes(ChromeDriver driver) {
        Object total = driver.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + "var sum = n ? n.encodedBodySize : 0;"
                + "performance.getEntriesByType('resource').forEach(function (r) { sum += r.encodedBodySize; });"
                + "return sum;");
        return ((Number) total).longValue();
    }

    /** Hosts other than the app that the page asked for: there must be none. */
    @SuppressWarnings("unchecked")
    static List<String> thirdPartyRequests(ChromeDriver driver) {
        return (List<String>)
                driver.executeScript(
                        "return performance.getEntriesByType('resource')"
                                + ".map(function (r) { return r.name; }).filter(function (n) { return n.indexOf(location.origin) !== 0; });");
    }

    private static synchronized String axe() {
        if (axeSource != null) {
            return axeSource;
        }
        Path cached = Path.of("target", "axe-core-" + AXE_VERSION, "axe.min.js");
        try {
            if (!Files.exists(cached)) {
                byte[] tarball = download("https://registry.npmjs.org/axe-core/-/axe-core-" + AXE_VERSION + ".tgz");
                String integrity = "sha512-"
                        + Base64.getEncoder()
                                .encodeToString(
                                        MessageDigest.getInstance("SHA-512").digest(tarball));
                if (!integrity.equals(AXE_INTEGRITY)) {
                    throw new IllegalStateException("axe-core download does not match its published checksum");
                }
                Files.createDirectories(cached.getParent());
                Files.write(cached, extract(tarball, "package/axe.min.js"));
            }
            axeSource = Files.readString(cached, StandardCharsets.UTF_8);
            return axeSource;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Cannot get axe-core " + AXE_VERSION + " from the npm registry: " + e.getMessage(), e);
        }
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static byte[] extract(byte[] tarball, String name) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tarball)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    tar.transferTo(out);
                    return out.toByteArray();
                }
            }
        }
        throw new IOException(name + " is not in the axe-core package");
    }
}
