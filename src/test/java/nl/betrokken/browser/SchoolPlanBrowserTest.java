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
import nl.betrokken.demo.DemoData;
import nl.betrokken.testing.DemoProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo school's improvement plan in a real browser, at desktop and phone size: the list, the plan
 * with the follow-up of its actions, the action form with its errors, the history, and the page for
 * parents (also without JavaScript), every one checked with axe.
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
class SchoolPlanBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static void open(ChromeDriver driver, String link) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.partialLinkText(link)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().equals(before));
    }

    @Test
    void theLeadFollowsThePlanAndParentsReadWhatTheSchoolDid() {
        String parentsPage = null;
        for (String device : List.of("desktop", "phone")) {
            ChromeDriver driver = device.equals("phone") ? Browser.phone(true) : Browser.desktop();
            try {
                Browser.login(driver, url("/login"), "school@rijnstede.example", DemoData.PASSWORD);
                open(driver, "Verbeterplannen");
                assertEquals(List.of(), Browser.accessibilityViolations(driver), device + ": the list of plans");

                open(driver, "Basisschool De Regenboog");
                String plan = driver.findElement(By.tagName("main")).getText();
                assertTrue(plan.contains("aantoonbaar verbeterd"), device + ": the t12 action improved: " + plan);
                assertTrue(
                        plan.contains("Ouders over schooltype, vorig jaar (demo) → Ouders over schooltype (demo)"),
                        plan);
                assertEquals(List.of(), Browser.accessibilityViolations(driver), device + ": the plan");

                open(driver, "Nieuwe actie");
                assertEquals(List.of(), Browser.accessibilityViolations(driver), device + ": the action form");
                driver.findElement(By.cssSelector("form.stack button[type=submit]"))
                        .click();
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> !d.findElements(By.id("error-summary")).isEmpty());
                assertTrue(
                        driver.findElement(By.id("error-summary")).getText().contains("Kies minstens één uitspraak"));
                assertEquals(List.of(), Browser.accessibilityViolations(driver), device + ": the form with errors");

                driver.get(url("/app/school-plans"));
                open(driver, "Basisschool De Regenboog");
                open(driver, "Wie wijzigde wat");
                assertTrue(driver.findElement(By.tagName("main")).getText().contains("Status: Gepland → Klaar"));
                assertEquals(List.of(), Browser.accessibilityViolations(driver), device + ": the history");

                driver.get(url("/app/school-plans"));
                open(driver, "Basisschool De Regenboog");
                open(driver, "Pagina voor ouders");
                parentsPage = driver.getCurrentUrl();
                assertEquals(List.of(), Browser.accessibilityViolations(driver), device + ": the parents' page");
            } finally {
                driver.quit();
            }
        }

        ChromeDriver phone = Browser.phone(false);
        try {
            phone.get(parentsPage);
            String text = phone.findElement(By.tagName("main")).getText();
            assertTrue(text.contains("Wat we met uw antwoorden hebben gedaan"), text);
            assertTrue(text.contains("Klaar") && text.contains("Bezig"), "statuses: " + text);
            assertFalse(text.contains("intern begeleider") || text.contains("Directeur"), "no owners: " + text);
            assertEquals(List.of(), Browser.accessibilityViolations(phone), "the parents' page without JavaScript");
        } finally {
            phone.quit();
        }
    }
}
