package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Parents;
import nl.betrokken.testing.QrCodes;
import nl.betrokken.testing.SentResponses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole story of issue 17 in one browser, with no API call: an administrator creates a
 * municipality, imports its schools from a DUO file and makes an analyst; the analyst changes the
 * temporary password, sets the populations, opens a wave, prints the Arabic letter, sets a target on an
 * institution indicator, and after the parents answered closes the wave and reads the dashboard.
 * Every page passes axe-core at 1280 x 800 and at 360 x 740.
 */
@QuarkusTest
class StaffStoryBrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(360, 740);

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    SentResponses responses;

    private final List<String> checked = new ArrayList<>();

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static void waitFor(ChromeDriver driver, String pathPart) {
        waitFor(driver, pathPart, null);
    }

    /** Waits for an address with {@code pathPart} and, when the form was at one, without {@code notPart}. */
    private static void waitFor(ChromeDriver driver, String pathPart, String notPart) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(WebDriverException.class)
                    .until(d -> d.getCurrentUrl().contains(pathPart)
                            && (notPart == null || !d.getCurrentUrl().contains(notPart)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not at " + pathPart + " but at " + driver.getCurrentUrl() + ": "
                    + Jsoup.parse(driver.getPageSource()).text());
        }
    }

    /** axe-core on the page as it is, wide and narrow; the window ends wide again. */
    private void accessible(ChromeDriver driver, String what) {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            driver.manage().window().setSize(size);
            assertEquals(List.of(), Browser.accessibilityViolations(driver), what + " at " + size);
        }
        checked.add(what);
    }

    private static void type(ChromeDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take typed keys in the browser's own order; the value is set as a person's date picker would. */
    private static void date(ChromeDriver driver, String id, LocalDate day) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), day.toString());
    }

    private static void submit(ChromeDriver driver, String formAction) {
        driver.findElement(By.cssSelector("form[method=post][action='" + formAction + "'] button[type=submit]"))
                .click();
    }

    /** Waits for a text on the page; on a timeout, says what the page showed instead. */
    private static void awaitText(ChromeDriver driver, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no \"" + text + "\" on " + driver.getCurrentUrl() + ": "
                    + Jsoup.parse(driver.getPageSource()).text());
        }
    }

    private Document page(ChromeDriver driver) {
        return Jsoup.parse(driver.getPageSource(), url("/"));
    }

    @Test
    void aMunicipalityGoesFromNothingToItsFirstMonitorInTheBrowser() throws Exception {
        Browser.requireChromium();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String municipality = "Gemeente Verhaal " + tag;
        String cbs = String.format("%04d", 9000 + Math.floorMod(tag.hashCode(), 1000));
        String school = "Basisschool De Verhalenboom " + tag;
        ChromeDriver driver = Browser.desktop();
        try {
            driver.manage().window().setSize(DESKTOP);
            // --- the administrator
            String admin = accounts.create(Role.ADMINISTRATOR, null);
            Browser.login(driver, url("/login"), admin, Accounts.PASSWORD);
            driver.get(url("/app/admin/organisations"));
            accessible(driver, "organisations");
            type(driver, "name", municipality);
            type(driver, "cbsCode", "GM" + cbs);
            submit(driver, "/app/admin/organisations/municipalities");
            waitFor(driver, "/app/admin/organisations/municipalities/");
            String municipalityPath =
                    driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceAll("\\?.*$", "");
            long municipalityId = Long.parseLong(municipalityPath.replaceAll(".*/", ""));
            accessible(driver, "municipality");

            driver.get(url("/app/admin/norms"));
            accessible(driver, "norm groups");
            type(driver, "schoolYear", "vorig jaar");
            submit(driver, "/app/admin/norms");
            awaitText(driver, "Vul een schooljaar in als 2025-2026");
            accessible(driver, "norm groups with a mistake");

            importSchools(driver, municipalityId, cbs, school);

            driver.get(url("/app/admin/users"));
            accessible(driver, "users");
            String analyst = "analist-" + tag + "@gemeente.example";
            type(driver, "displayName", "Fatima El Amrani");
            type(driver, "username", analyst);
            new Select(driver.findElement(By.id("role"))).selectByValue("municipality-analyst");
            new Select(driver.findElement(By.id("placement"))).selectByValue("municipality:" + municipalityId);
            driver.findElement(By.id("access-password")).click();
            type(driver, "password", "tijdelijk wachtwoord " + tag);
            submit(driver, "/app/admin/users");
            waitFor(driver, "/app/admin/users/");
            assertTrue(driver.getPageSource().contains("tijdelijk: moet bij de volgende keer inloggen"));
            accessible(driver, "user");
            submit(driver, "/logout");

            // --- the analyst: a temporary password first
            driver.get(url("/login"));
            type(driver, "username", analyst);
            type(driver, "password", "tijdelijk wachtwoord " + tag);
            driver.findElement(By.cssSelector("form[action='/login'] button")).click();
            waitFor(driver, "/account/password");
            accessible(driver, "password change");
            type(driver, "currentPassword", "tijdelijk wachtwoord " + tag);
            type(driver, "newPassword", "een eigen lange zin " + tag);
            type(driver, "repeatPassword", "een eigen lange zin " + tag);
            submit(driver, "/account/password");
            awaitText(driver, "Uw wachtwoord is gewijzigd");

            long schoolId = populations(driver, municipalityId, school);

            driver.get(url("/app/waves/new"));
            accessible(driver, "new wave");
            type(driver, "name", "Ouderpeiling " + tag);
            new Select(driver.findElement(By.id("questionnaireId"))).selectByValue("parent-baseline");
            date(driver, "opensOn", LocalDate.now());
            date(driver, "closesOn", LocalDate.now().plusDays(14));
            driver.findElement(By.id("i-" + schoolId)).click();
            submit(driver, "/app/waves/new");
            // the form itself is at /app/waves/new: wait for the wave's own page
            waitFor(driver, "/app/waves/", "/app/waves/new");
            String wavePath =
                    driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceAll("\\?.*$", "");
            accessible(driver, "wave");
            String link = page(driver).selectFirst("a:containsOwn(Link)").attr("href");

            driver.get(url(wavePath + "/institutions/" + schoolId + "/letter?lang=ar"));
            accessible(driver, "Dutch and Arabic letter");
            Document letter = page(driver);
            assertEquals("rtl", letter.selectFirst("[lang=ar]").attr("dir"), "the Arabic half reads right to left");
            String decoded = QrCodes.decode(letter.selectFirst(".qr svg").outerHtml());
            assertTrue(
                    decoded.endsWith(link.replaceFirst("^https?://[^/]+", "")),
                    decoded + " is the wave's link " + link);

            driver.get(url("/app/targets/new"));
            accessible(driver, "new target");
            type(driver, "name", "Elke school een ouderbeleid " + tag);
            new Select(driver.findElement(By.id("indicator"))).selectByValue("institution-baseline/has-parent-policy");
            type(driver, "threshold", "100");
            date(driver, "deadline", LocalDate.of(2028, 12, 31));
            submit(driver, "/app/targets/new");
            waitFor(driver, "/app/targets?saved");
            accessible(driver, "targets");

            // --- the parents, on their phones (the answering pages have browser tests of their own)
            String parentLink = link.replaceFirst("^https?://[^/]+", "");
            for (int i = 0; i < 5; i++) {
                Parents.answer(parentLink, "primary", "agree");
            }

            // five more who also wrote something in the last, open question
            responses.add(
                    parentLink,
                    Map.of(
                            "sector",
                            "primary",
                            "a1",
                            "agree",
                            "remarks",
                            "Bel me op 06-12345678, juf Anja weet ervan."),
                    5);

            driver.get(url(wavePath));
            driver.findElement(By.id("confirm")).click();
            submit(driver, wavePath + "/close");
            awaitText(driver, "gesloten");
            assertTrue(driver.findElements(By.id("confirm")).isEmpty(), "a closed wave cannot be closed again");
            accessible(driver, "closed wave");

            driver.get(url("/monitor/municipalities/" + municipalityId));
            accessible(driver, "dashboard");
            Document dashboard = page(driver);
            assertTrue(
                    dashboard.text().contains("Elke school een ouderbeleid " + tag), "the target is on the dashboard");
            assertTrue(dashboard.text().contains("te weinig respons"), "with its status: " + dashboard.text());

            // --- the analyst reads the open answers, masked, and codes them from the keyboard
            long waveId = Long.parseLong(wavePath.replaceAll(".*/", ""));
            String openAnswers = "/monitor/waves/" + waveId + "/open-answers";
            driver.findElement(By.cssSelector("a[href='" + openAnswers + "']")).click();
            waitFor(driver, openAnswers);
            accessible(driver, "open answers without themes");
            type(driver, "label", "Bereikbaarheid");
            submit(driver, openAnswers + "/themes");
            awaitText(driver, "Het thema is toegevoegd.");
            assertTrue(driver.getPageSource().contains("juf [naam]"), "names are masked");
            assertTrue(!driver.getPageSource().contains("12345678"), "phone numbers are masked");
            accessible(driver, "open answers to code");
            List<WebElement> fields = driver.findElements(By.cssSelector("input[name=themes]"));
            assertEquals(5, fields.size());
            fields.get(0).sendKeys("7");
            fields.get(0).sendKeys(Keys.ENTER);
            awaitText(driver, "Er is geen thema 7");
            accessible(driver, "open answers with a mistake");
            fields = driver.findElements(By.cssSelector("input[name=themes]"));
            fields.get(0).clear();
            for (WebElement field : fields) {
                field.sendKeys("1");
            }
            fields.get(fields.size() - 1).sendKeys(Keys.ENTER);
            awaitText(driver, "5 antwoorden ingedeeld.");
            submit(driver, openAnswers + "/publish");
            awaitText(driver, "1 themacijfer gepubliceerd.");
            driver.get(url("/monitor/municipalities/" + municipalityId));
            Document withThemes = page(driver);
            assertEquals(
                    "Bereikbaarheid 5 100 %",
                    withThemes
                            .selectFirst("section[aria-labelledby=open-answers] tbody tr")
                            .text());
        } finally {
            driver.quit();
        }
        assertTrue(checked.size() >= 12, "every page was checked: " + checked);
    }

    /** The administrator imports the municipality's schools from a DUO address file, preview first. */
    private void importSchools(ChromeDriver driver, long municipalityId, String cbs, String school) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "duo-", ".csv");
        Files.writeString(
                file,
                "\"INSTELLINGSCODE\";\"INSTELLINGSNAAM\";\"BEVOEGD GEZAG NUMMER\";\"BEVOEGD GEZAG NAAM\";\"GEMEENTENUMMER\";"
                        + "\"GEMEENTENAAM\";\"PLAATSNAAM\";\"DENOMINATIE\"\n"
                        + "\"99XA\";\"" + school + "\";\"99901\";\"Stichting Verhaal\";\"" + cbs
                        + "\";\"Verhaal\";\"VERHAAL\";\"Openbaar\"\n"
                        + "\"99XB\";\"Basisschool Elders\";\"99902\";\"Stichting Elders\";\"0001\";\"Elders\";\"ELDERS\";\"Openbaar\"\n");
        driver.get(url("/app/admin/import"));
        accessible(driver, "import");
        new Select(driver.findElement(By.id("organisations-municipality")))
                .selectByValue(String.valueOf(municipalityId));
        new Select(driver.findElement(By.id("organisations-sector"))).selectByValue("primary");
        driver.findElement(By.id("organisations-file"))
                .sendKeys(file.toAbsolutePath().toString());
        submit(driver, "/app/admin/import/organisations");
        awaitText(driver, "Importeren bevestigen");
        accessible(driver, "import preview");
        Document preview = page(driver);
        assertTrue(preview.text().contains(school), "the preview names the school it will create");
        assertTrue(!preview.text().contains("Basisschool Elders"), "a school of another municipality is left out");
        driver.findElement(By.cssSelector("form[action$='/confirm'] button")).click();
        awaitText(driver, "Import voltooid");
        accessible(driver, "import result");
        driver.get(url("/app/admin/organisations/municipalities/" + municipalityId));
        assertTrue(driver.getPageSource().contains(school), "the school is in the municipality");
        assertTrue(driver.getPageSource().contains("Stichting Verhaal"), "with its board");
    }

    /** The analyst sets the number of parents of the school, for its response rate; returns the school's id. */
    private long populations(ChromeDriver driver, long municipalityId, String school) {
        driver.get(url("/app/admin/settings/" + municipalityId));
        accessible(driver, "settings");
        driver.findElement(By.partialLinkText("Samenstelling invullen")).click();
        waitFor(driver, "/population");
        accessible(driver, "make-up of all parents");
        type(driver, "share-home-language-dutch", "70");
        type(driver, "share-home-language-dutch-and-other", "20");
        type(driver, "share-home-language-other", "5");
        type(driver, "source-home-language", "CBS, Kerncijfers wijken en buurten 2025");
        submit(driver, "/app/admin/settings/" + municipalityId + "/population/home-language");
        awaitText(driver, "Samen is dit 95 %");
        accessible(driver, "make-up with a mistake");
        type(driver, "share-home-language-other", "10");
        submit(driver, "/app/admin/settings/" + municipalityId + "/population/home-language");
        awaitText(driver, "is opgeslagen");
        driver.get(url("/app/admin/settings/" + municipalityId));
        driver.findElement(By.linkText(school)).click();
        waitFor(driver, "/app/admin/organisations/institutions/");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll("\\?.*$", "").replaceAll(".*/", ""));
        accessible(driver, "school");
        type(driver, "parentCount", "40");
        submit(driver, "/app/admin/organisations/institutions/" + id);
        waitFor(driver, "saved=1");
        return id;
    }
}
