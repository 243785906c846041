package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.ExhaustedPool;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The wave page as an analyst uses it, in Chromium on a phone and on a desktop: its controls, a refused
 * closing date, a refused close without the tick, the bilingual Arabic letter (printed: one A4 page),
 * closing the wave and what a parent then sees, the accessibility statement, and the page staff get while the
 * database is away; axe-core (WCAG 2.2 AA) finds nothing on any of them.
 */
@QuarkusTest
class WavePagesBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    SentResponses sent;

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

    @Test
    void anAnalystManagesAWaveAndPrintsAnArabicLetterOnOnePage() throws Exception {
        Browser.requireChromium();
        for (String device : List.of("phone", "desktop")) {
            Fixtures.World world = fixtures.world();
            String username = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
            String session = Accounts.login(username);
            var wave = Waves.open(
                    session, "parent-baseline", "link", TODAY.minusDays(3), TODAY.plusDays(20), world.institutionA());
            long id = wave.getLong("id");
            sent.add(wave.getString("institutions[0].link"), Map.of("sector", "primary"), 2);
            ChromeDriver driver = device.equals("phone") ? Browser.phone(true) : Browser.desktop();
            try {
                Browser.login(driver, url("/login"), username, Accounts.PASSWORD);
                driver.get(url("/app/waves/" + id));
                waitFor(driver, "section.progress svg[role=img]");
                accessible(driver, device + ": the wave page with its controls and chart");

                driver.executeScript(
                        "document.getElementById('closesOn').value = arguments[0];",
                        TODAY.minusDays(1).toString());
                driver.findElement(By.cssSelector("form[action$='/closing-date'] button"))
                        .click();
                waitFor(driver, "#closesOn-error");
                assertTrue(driver.findElement(By.id("closesOn-error")).getText().contains("in het verleden"));
                accessible(driver, device + ": a refused closing date");

                driver.findElement(By.cssSelector("form[action$='/close'] button"))
                        .click();
                waitFor(driver, "#confirm-error");
                accessible(driver, device + ": closing without the tick");

                driver.get(url("/app/waves/" + id + "/institutions/" + world.institutionA() + "/letter?lang=ar"));
                waitFor(driver, "section.half[lang=ar][dir=rtl]");
                accessible(driver, device + ": the letter in Dutch and Arabic");
                @SuppressWarnings("unchecked")
                Map<String, Object> pdf = driver.executeCdpCommand(
                        "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
                String printed =
                        new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
                assertEquals(1, PAGE.matcher(printed).results().count(), "the bilingual letter prints on one page");

                driver.get(url("/app/waves/" + id));
                waitFor(driver, "#confirm");
                driver.findElement(By.cssSelector("label[for=confirm]")).click();
                driver.findElement(By.cssSelector("form[action$='/close'] button"))
                        .click();
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(d -> d.getCurrentUrl().contains("done=closed"));
                accessible(driver, device + ": the closed wave");

                driver.get(url(wave.getString("institutions[0].link")));
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(d -> d.findElement(By.tagName("h1")).getText().contains("gesloten"));
                accessible(driver, device + ": a parent on the link of the closed wave");

                driver.findElement(By.cssSelector("footer a")).click();
                waitFor(driver, "#status");
                accessible(driver, device + ": the accessibility statement");

                try (ExhaustedPool away = ExhaustedPool.of(dataSource)) {
                    driver.get(url("/app/waves/" + id));
                }
                assertEquals(
                        "Even niet beschikbaar",
                        driver.findElement(By.tagName("h1")).getText());
                accessible(driver, device + ": a staff page with the database away");
            } finally {
                driver.quit();
            }
        }
    }
}
