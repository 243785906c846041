package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.betrokken.organisations.duo.DuoTestData;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator imports a DUO file in a real browser: every page of the import accessible on a phone and a desktop. */
@QuarkusTest
class ImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    DuoTestData data;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static void accessible(ChromeDriver driver, String what) {
        assertEquals(List.of(), Browser.accessibilityViolations(driver), what);
    }

    private static void waitForText(ChromeDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    @Test
    void anAdministratorImportsSchoolsFromADuoFile() {
        Browser.requireChromium();
        String file = Path.of("target", "test-classes", "duo", "hoofdvestigingen-bo-1252.csv")
                .toAbsolutePath()
                .toString();
        for (String device : List.of("phone", "desktop")) {
            long oosterveld = data.reset(DuoTestData.OOSTERVELD);
            ChromeDriver driver = device.equals("phone") ? Browser.phone(true) : Browser.desktop();
            try {
                Browser.login(driver, url("/login"), accounts.create(Role.ADMINISTRATOR, null), Accounts.PASSWORD);
                driver.get(url("/app/admin/import"));
                waitForText(driver, "Scholen en besturen uit een adresbestand van DUO");
                accessible(driver, device + ": the upload form");

                new Select(driver.findElement(By.id("organisations-municipality")))
                        .selectByValue(Long.toString(oosterveld));
                new Select(driver.findElement(By.id("organisations-sector"))).selectByValue("primary");
                driver.findElement(By.cssSelector("form[action='/app/admin/import/organisations'] button"))
                        .click();
                waitForText(driver, "Kies een CSV-bestand.");
                accessible(driver, device + ": the form with an error next to the file field");

                new Select(driver.findElement(By.id("organisations-sector"))).selectByValue("primary");
                driver.findElement(By.id("organisations-file")).sendKeys(file);
                driver.findElement(By.cssSelector("form[action='/app/admin/import/organisations'] button"))
                        .click();
                waitForText(driver, "Controleer de import");
                assertTrue(driver.findElement(By.tagName("body")).getText().contains("Basisschool De Wereldën"));
                accessible(driver, device + ": the preview");

                driver.findElement(By.cssSelector("form[action$='/confirm'] button"))
                        .click();
                waitForText(driver, "Import voltooid");
                accessible(driver, device + ": the result");
                assertEquals(5, data.contents(oosterveld).size());
            } finally {
                driver.quit();
            }
        }
    }
}
