package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.betrokken.security.Base32;
import nl.betrokken.security.Role;
import nl.betrokken.security.Totp;
import nl.betrokken.testing.Accounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator sets up two-factor login with a real browser, makes an API token, logs out and
 * logs in again with a code computed as the app would; every page accessible on a phone and a desktop.
 */
@QuarkusTest
@TestProfile(AccountBrowserTest.AdministratorsNeedASecondFactor.class)
class AccountBrowserTest {

    public static class AdministratorsNeedASecondFactor implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("betrokken.security.two-factor-for-administrators", "true");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static void waitFor(ChromeDriver driver, String pathEnd) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> d.getCurrentUrl().replaceAll("\\?.*$", "").endsWith(pathEnd));
    }

    private static void accessible(ChromeDriver driver, String what) {
        assertEquals(List.of(), Browser.accessibilityViolations(driver), what);
    }

    private static void password(ChromeDriver driver, String loginUrl, String username) {
        driver.get(loginUrl);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    }

    @Test
    void anAdministratorEnrolsMakesATokenAndLogsInWithTheAppsCode() {
        Browser.requireChromium();
        for (String device : List.of("phone", "desktop")) {
            ChromeDriver driver = device.equals("phone") ? Browser.phone(true) : Browser.desktop();
            try {
                String username = accounts.create(Role.ADMINISTRATOR, null);
                password(driver, url("/login"), username);
                waitFor(driver, "/account/two-factor");
                accessible(driver, device + ": two-factor login must be set up first");

                driver.findElement(By.cssSelector("form[action='/account/two-factor/start'] button"))
                        .click();
                waitFor(driver, "/account/two-factor/start");
                assertTrue(driver.findElement(By.cssSelector(".qr svg")).isDisplayed(), "a QR code to scan");
                accessible(driver, device + ": the QR code and the secret");
                byte[] secret =
                        Base32.decode(driver.findElement(By.id("totp-secret")).getText());
                long now = Totp.step(Instant.now().getEpochSecond());
                driver.findElement(By.id("code")).sendKeys(Totp.code(secret, now));
                driver.findElement(By.cssSelector("form[action='/account/two-factor/confirm'] button"))
                        .click();
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(d -> !d.findElements(By.cssSelector(".recovery-codes li"))
                                .isEmpty());
                assertEquals(
                        10,
                        driver.findElements(By.cssSelector(".recovery-codes li"))
                                .size(),
                        "ten recovery codes, once");
                accessible(driver, device + ": the recovery codes");

                driver.get(url("/account/tokens"));
                accessible(driver, device + ": the API tokens page");
                driver.findElement(By.id("name")).sendKeys("maandelijkse export");
                driver.findElement(By.cssSelector("form[action='/account/tokens'] button"))
                        .click();
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(d -> !d.findElements(By.id("created-token")).isEmpty());
                assertTrue(driver.findElement(By.id("created-token"))
                        .getAttribute("value")
                        .startsWith("btk_"));
                accessible(driver, device + ": a token just made");

                driver.findElement(By.cssSelector("nav.account form[action='/logout'] button"))
                        .click();
                waitFor(driver, "/login");
                password(driver, url("/login"), username);
                waitFor(driver, "/login/code");
                accessible(driver, device + ": the code step of the login");
                driver.findElement(By.id("code")).sendKeys(Totp.code(secret, now + 1));
                driver.findElement(By.cssSelector("form[action='/login/code'] button"))
                        .click();
                waitFor(driver, "/app");
                assertTrue(driver.getPageSource().contains("Uitloggen"), "logged in with password and code");
            } finally {
                driver.quit();
            }
        }
    }
}
