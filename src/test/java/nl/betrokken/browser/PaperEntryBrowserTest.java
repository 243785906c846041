package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.PdfText;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member prints a paper form (Dutch and Arabic side by side) and types it back in with the
 * keyboard only: the code and Enter, then Tab, the arrow keys and Space through the questions, and
 * Enter on the save button. A listener counts every mouse press or pointer click on the way (kept in
 * sessionStorage, so that it survives the page loads) and must count none; axe-core finds nothing on
 * the paper page, the print page and the entry page at 1280 x 800. Printed, the form's code stands at
 * the top of every A4 page (target/test-pdfs/paper-form-nl-ar.pdf is kept to look at).
 */
@QuarkusTest
class PaperEntryBrowserTest {

    /** Counts mouse presses and clicks that came from a pointer (a key's click has detail 0). */
    private static final String MOUSE_LISTENER = "if (!window.__mouseWatch) { window.__mouseWatch = true;"
            + " var count = function (e) { if (e.type === 'click' && e.detail === 0) return;"
            + " sessionStorage.setItem('mouse', String(Number(sessionStorage.getItem('mouse') || 0) + 1)); };"
            + " ['mousedown', 'mouseup', 'pointerdown', 'click', 'dblclick', 'contextmenu'].forEach(function (t) {"
            + " document.addEventListener(t, count, true); }); }";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static void accessible(ChromeDriver driver, String what) {
        assertEquals(List.of(), Browser.accessibilityViolations(driver), what);
    }

    private static void waitFor(ChromeDriver driver, String css) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void watchMouse(ChromeDriver driver) {
        driver.executeScript(MOUSE_LISTENER);
    }

    private static WebElement active(ChromeDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static void press(ChromeDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Tab until the focused control is the one named (an answer key) or with this id; at most 120 steps. */
    private static void tabTo(ChromeDriver driver, String nameOrId) {
        for (int i = 0; i < 120; i++) {
            WebElement focused = active(driver);
            if (nameOrId.equals(focused.getAttribute("name")) || nameOrId.equals(focused.getAttribute("id"))) {
                return;
            }
            press(driver, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + nameOrId);
    }

    @Test
    void aFormIsEnteredWithTheKeyboardOnly() throws Exception {
        Browser.requireChromium();
        Fixtures.World world = fixtures.world();
        String username = accounts.create(Role.INSTITUTION_LEAD, world.institutionA());
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        long wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getLong("id");
        ChromeDriver driver = Browser.desktop();
        try {
            driver.manage().window().setSize(new Dimension(1280, 800));
            driver.get(url("/login"));
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(WebDriverException.class)
                    .until(d -> d.getCurrentUrl().endsWith("/app"));

            // print one form in Dutch and Arabic from the paper page
            driver.get(url("/app/waves/" + wave + "/paper"));
            waitFor(driver, "#code");
            accessible(driver, "the paper page");
            driver.executeScript(
                    "document.getElementById(arguments[0]).value = 'ar';", "paper-lang-" + world.institutionA());
            WebElement count = driver.findElement(By.id("paper-count-" + world.institutionA()));
            count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.ENTER);
            waitFor(driver, "table.form .form-code strong");
            assertEquals(1, driver.findElements(By.cssSelector("table.form")).size());
            assertTrue(
                    !driver.findElements(By.cssSelector(".form-body [lang=ar][dir=rtl]"))
                            .isEmpty(),
                    "Arabic runs right to left beside Dutch");
            accessible(driver, "the print page, Dutch and Arabic");
            String code = driver.findElement(By.cssSelector("table.form .form-code strong"))
                    .getText();
            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = driver.executeCdpCommand(
                    "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
            byte[] printed = Base64.getDecoder().decode((String) pdf.get("data"));
            // kept for a person to look at
            Files.createDirectories(Path.of("target", "test-pdfs"));
            Files.write(Path.of("target", "test-pdfs", "paper-form-nl-ar.pdf"), printed);
            PdfText text = PdfText.of(printed);
            assertTrue(text.pages().size() > 1, "the whole questionnaire takes more than one A4 page");
            for (String page : text.pages()) {
                assertTrue(page.contains(code), "the code is at the top of every page: " + page);
            }

            // from here on: keyboard only
            driver.executeScript("sessionStorage.setItem('mouse', '0');");
            driver.get(url("/app/waves/" + wave + "/paper"));
            waitFor(driver, "#code");
            watchMouse(driver);
            assertEquals("code", active(driver).getAttribute("id"), "the code field has the focus");
            press(driver, code.toLowerCase().replace("-", " "), Keys.ENTER);

            waitFor(driver, "form.paper-entry");
            watchMouse(driver);
            accessible(driver, "the entry page");
            assertEquals("sector", active(driver).getAttribute("name"), "the first question has the focus");
            // sector: from "niet ingevuld" two down is "primary"
            press(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            // child age and home language stay empty; news through the app and by paper
            tabTo(driver, "contact-channels");
            press(driver, Keys.SPACE, Keys.TAB, Keys.TAB, Keys.SPACE);
            // a1: "agree" is the third option; a2 left empty; b1 "agree-strongly" then back one to "agree"
            tabTo(driver, "a1");
            press(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            tabTo(driver, "b1");
            press(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
            tabTo(driver, "remarks");
            press(driver, "Op papier");
            tabTo(driver, "save");
            press(driver, Keys.ENTER);

            waitFor(driver, "p.notice");
            watchMouse(driver);
            String notice = driver.findElement(By.cssSelector("p.notice")).getText();
            assertTrue(notice.contains("Formulier " + code + " ingevoerd") && notice.contains("(1 van 1)"), notice);
            assertEquals("code", active(driver).getAttribute("id"), "back at the code field");

            // the same form again: refused, nothing written
            press(driver, code, Keys.ENTER);
            waitFor(driver, "#code-error");
            assertTrue(driver.findElement(By.id("code-error")).getText().contains("Dit formulier is al ingevoerd"));
            accessible(driver, "the paper page with a refused code");

            assertEquals("0", driver.executeScript("return sessionStorage.getItem('mouse');"), "no mouse was used");
        } finally {
            driver.quit();
        }

        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select r.answers::text, r.answer_way, r.status, r.language from response r"
                                + " join wave_institution wi on wi.id = r.wave_institution_id where wi.wave_id = ?")) {
            s.setLong(1, wave);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "one response");
                assertEquals(
                        "{\"a1\": \"agree\", \"b1\": \"agree\", \"sector\": \"primary\", \"remarks\": \"Op papier\","
                                + " \"contact-channels\": [\"app\", \"paper\"]}",
                        r.getString(1));
                assertEquals("PAPER", r.getString(2));
                assertEquals("SUBMITTED", r.getString(3));
                assertEquals("ar", r.getString(4));
                assertTrue(!r.next(), "only one response");
            }
        }
    }
}
