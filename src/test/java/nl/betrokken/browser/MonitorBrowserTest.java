package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.betrokken.demo.DemoData;
import nl.betrokken.testing.DemoProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The monitor in a real browser on the demo data: accessible, and every chart readable without seeing it. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class MonitorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void login(ChromeDriver driver, String username) {
        Browser.login(driver, url("/login"), username, DemoData.PASSWORD);
    }

    private static void assertChartsHaveTextAlternatives(ChromeDriver driver, String what) {
        List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
        assertFalse(charts.isEmpty(), what + " has charts");
        for (WebElement chart : charts) {
            assertEquals("img", chart.getAttribute("role"));
            String[] ids = chart.getAttribute("aria-labelledby").split(" ");
            String name =
                    (String) driver.executeScript("return document.getElementById(arguments[0]).textContent;", ids[0]);
            String description =
                    (String) driver.executeScript("return document.getElementById(arguments[0]).textContent;", ids[1]);
            assertFalse(name.isBlank() || description.isBlank(), what + ": a chart without title or description");
        }
    }

    @Test
    void theDashboardBoardViewAndReportAreAccessible() {
        Browser.requireChromium();
        ChromeDriver driver = Browser.phone(true);
        try {
            login(driver, "gemeente@rijnstede.example");
            driver.get(url("/monitor"));
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/monitor/municipalities/"));
            assertTrue(driver.getPageSource().contains("Doelen"));
            assertChartsHaveTextAlternatives(driver, "the dashboard");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the dashboard");
            assertEquals(List.of(), Browser.thirdPartyRequests(driver), "no chart library from elsewhere");

            driver.findElement(By.id("sector")).sendKeys("Voortgezet onderwijs");
            driver.findElement(By.cssSelector("form.filters button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("sector=secondary"));
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the filtered dashboard");

            driver.get(url("/monitor"));
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/monitor/municipalities/"));
            assertTrue(
                    driver.getPageSource().contains("Thema's in de antwoorden op"),
                    "the dashboard counts the themes the demo's open answers were coded with");
            driver.findElement(By.cssSelector("a[href$='/open-answers']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/open-answers"));
            assertTrue(
                    List.of("[telefoonnummer]", "[e-mailadres]", "[naam]").stream()
                            .anyMatch(driver.getPageSource()::contains),
                    "the demo shows the mask at work");
            assertFalse(driver.getPageSource().contains("12345678"));
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the coding page");

            login(driver, "bestuur@rijnstede.example");
            driver.get(url("/monitor"));
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/monitor/boards/"));
            assertChartsHaveTextAlternatives(driver, "the board view");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the board view");

            login(driver, "school@rijnstede.example");
            driver.get(url("/monitor"));
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/monitor/institutions/"));
            assertChartsHaveTextAlternatives(driver, "the institution report");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the institution report");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals(
                    "none",
                    driver.executeScript("return getComputedStyle(document.querySelector('nav.account')).display;"),
                    "printing leaves out the navigation");
        } finally {
            driver.quit();
        }
    }

    /** The pages issue 18 added: the institutions table, the needs dashboard, and the school report's new parts. */
    @Test
    void theInstitutionTableTheNeedsAndTheFullSchoolReportAreAccessibleOnPhoneAndDesktop() {
        Browser.requireChromium();
        for (boolean phone : List.of(true, false)) {
            String size = phone ? " (phone)" : " (desktop)";
            ChromeDriver driver = phone ? Browser.phone(true) : Browser.desktop();
            try {
                login(driver, "gemeente@rijnstede.example");
                driver.get(url("/monitor"));
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> d.getCurrentUrl().contains("/monitor/municipalities/"));
                driver.findElement(By.linkText("Hoeveel antwoorden zijn nog nodig om de doelen te beoordelen?"))
                        .click();
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> d.getCurrentUrl().contains("/decisions"));
                assertTrue(driver.getPageSource().contains("Om te beslissen"), "a table per target");
                assertTrue(driver.getPageSource().contains("per peiling"), "with the answers a follow-up needs");
                assertEquals(List.of(), Browser.accessibilityViolations(driver), "the decisions page" + size);
                driver.navigate().back();
                choose(driver, "Nulmeting instellingen (demo)");
                driver.findElement(By.linkText("bekijk de antwoorden per instelling"))
                        .click();
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> d.getCurrentUrl().contains("/institutions"));
                assertTrue(driver.getPageSource().contains("Antwoorden per instelling"));
                assertEquals(List.of(), Browser.accessibilityViolations(driver), "the institutions table" + size);

                driver.navigate().back();
                choose(driver, "Wat ouders nodig hebben (demo)");
                assertTrue(driver.getPageSource().contains("Wil bereikt worden via een gesprek"));
                assertEquals(List.of(), Browser.accessibilityViolations(driver), "the needs dashboard" + size);

                login(driver, "school@rijnstede.example");
                driver.get(url("/monitor"));
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> d.getCurrentUrl().contains("/monitor/institutions/"));
                assertTrue(driver.getPageSource().contains("Belangrijk, maar het gebeurt te weinig"));
                assertTrue(driver.getPageSource().contains("Niet gewenst")
                        || driver.getPageSource().contains("Verbeterpunten per niveau"));
                assertEquals(List.of(), Browser.accessibilityViolations(driver), "the full school report" + size);
            } finally {
                driver.quit();
            }
        }
    }

    private void choose(ChromeDriver driver, String wave) {
        WebElement option = driver.findElements(By.cssSelector("#wave option")).stream()
                .filter(o -> o.getText().startsWith(wave))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no wave " + wave + " to choose"));
        String id = option.getAttribute("value");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("wave"))).selectByValue(id);
        driver.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("wave=" + id));
    }
}
