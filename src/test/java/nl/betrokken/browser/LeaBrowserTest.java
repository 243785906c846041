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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The LEA pages in a real browser on the demo data: the handout, a partner's form, the plan and the evaluation. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class LeaBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void login(ChromeDriver driver, String username) {
        Browser.login(driver, url("/login"), username, DemoData.PASSWORD);
    }

    private static void open(ChromeDriver driver, String link) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.linkText(link)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().equals(before));
    }

    private static final Dimension PHONE = new Dimension(360, 740);
    private static final Dimension DESKTOP = new Dimension(1280, 800);

    /** axe-core on the page as it is, narrow and wide. */
    private static void accessible(ChromeDriver driver, String what) {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            driver.manage().window().setSize(size);
            assertEquals(List.of(), Browser.accessibilityViolations(driver), what + " at " + size);
        }
    }

    private static void submit(ChromeDriver driver, String css) {
        String before = driver.getPageSource();
        driver.findElement(By.cssSelector(css)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getPageSource().equals(before));
    }

    @Test
    void aBoardLeadsTheRoundWithPartnersAndAWorkingGroupAccessibly() {
        Browser.requireChromium();
        ChromeDriver driver = Browser.desktop();
        try {
            login(driver, "gemeente@rijnstede.example");
            driver.get(url("/lea"));
            open(driver, "Partnerorganisaties bekijken en bijhouden");
            accessible(driver, "the partner organisations");
            submit(driver, "form[action='/lea/partners'] button[type=submit]");
            assertTrue(driver.findElement(By.id("error-summary")).getText().contains("Vul dit in."));
            accessible(driver, "the partner form with errors");
            open(driver, "JGZ Rijnstede");
            accessible(driver, "a partner organisation");

            driver.get(url("/lea"));
            open(driver, "Samen met ouders: plan van aanpak Rijnstede (demo)");
            driver.findElement(By.cssSelector("#suggestions summary")).click();
            accessible(driver, "the plan with its suggestions open");
            submit(driver, "form[action$='/suggestions/criterion-quality-mark'] button");
            assertTrue(driver.findElement(By.id("body-vision"))
                    .getAttribute("value")
                    .contains("keurmerk voor ouderbetrokkenheid"));

            login(driver, "bestuur@rijnstede.example");
            driver.get(url("/lea"));
            open(driver, "LEA-overleg voorjaar (demo)");
            String table = driver.findElement(By.cssSelector("section:has(#theme-c) table.three-columns"))
                    .getText();
            assertTrue(table.contains("JGZ Rijnstede:"), table);
            assertTrue(driver.findElement(By.id("working-group")).isDisplayed());
            accessible(driver, "the handout of a round a board leads");
            open(driver, "Deel invullen namens Bibliotheek Rijnstede");
            accessible(driver, "a partner organisation's part, filled in by the lead");

            driver.navigate().back();
            open(driver, "Werkgroep bijhouden");
            accessible(driver, "the working group");
            submit(driver, "form[action$='/working-group'] button[type=submit]");
            assertTrue(driver.findElement(By.id("error-summary")).getText().contains("Vul dit in."));
            accessible(driver, "the working group form with errors");
            open(driver, "Ayla Demir");
            assertTrue(driver.findElement(By.id("parent")).isSelected(), "the parent is marked as one");
            accessible(driver, "a working group member");
        } finally {
            driver.quit();
        }
    }

    @Test
    void theMunicipalityRunsTheLeaPagesAccessibly() {
        Browser.requireChromium();
        ChromeDriver driver = Browser.phone(true);
        try {
            login(driver, "gemeente@rijnstede.example");
            open(driver, "LEA-overleg");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the LEA overview");

            open(driver, "LEA-overleg ouderbetrokkenheid (demo)");
            List<WebElement> joint = driver.findElements(By.cssSelector("section.theme.joint"));
            assertFalse(joint.isEmpty(), "themes where partners want to work together stand out");
            assertTrue(
                    driver.findElement(By.cssSelector("dl.decisions")).getText().contains("Samen een impuls geven"));
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the screening handout");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals(
                    "none",
                    driver.executeScript("return getComputedStyle(document.querySelector('nav.account')).display;"),
                    "the handout prints without navigation");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            driver.get(url("/lea"));
            open(driver, "LEA-overleg voorjaar (demo)");
            open(driver, "Ons deel invullen");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "a partner's screening form");
            driver.findElement(By.id("f-a-municipality")).sendKeys("Het jeugdbeleid noemt ouders.");
            driver.findElement(By.cssSelector("input[name=partner-type][value=other]"))
                    .click();
            driver.findElement(By.cssSelector("button[value=save]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getPageSource().contains("Uw concept is opgeslagen."));
            assertEquals(
                    "Het jeugdbeleid noemt ouders.",
                    driver.findElement(By.id("f-a-municipality")).getAttribute("value"));

            driver.get(url("/lea"));
            open(driver, "Samen met ouders: plan van aanpak Rijnstede (demo)");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the action plan");
            open(driver, "Jaarlijkse evaluatie");
            List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
            assertFalse(charts.isEmpty(), "the evaluation shows the trend per goal");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the evaluation");

            login(driver, "bestuur@rijnstede.example");
            driver.get(url("/lea"));
            open(driver, "LEA-overleg voorjaar (demo)");
            open(driver, "Ons deel invullen");
            driver.findElement(By.cssSelector("button[value=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.id("error-summary")).isEmpty());
            assertTrue(
                    driver.findElement(By.id("error-summary")).getText().contains("Namens welk soort partner"),
                    "a missing required answer is named");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the form with errors");
        } finally {
            driver.quit();
        }
    }
}
