package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A helper at the library opens the channel's helper link on a parent's phone: the parent picks the
 * school, sees that they answer themselves, and the response counts as assisted for the library.
 * The channel's pages for staff, on a desktop. axe-core finds nothing on any of them.
 */
@QuarkusTest
class ChannelsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aParentAnswersWithAHelperThroughTheLibrary() throws Exception {
        Browser.requireChromium();
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        long wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA(), world.institutionA2())
                .getLong("id");
        JsonPath library = Accounts.as(analyst)
                .body(Map.of("name", "Bibliotheek Centrum", "kind", "library"))
                .post("/api/waves/" + wave + "/channels")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        ChromeDriver phone = Browser.phone(true);
        try {
            phone.get(url(library.getString("assistedLink") + "?lang=tr"));
            assertEquals("tr", phone.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(List.of(), Browser.accessibilityViolations(phone), "the school list, in Turkish");
            List<WebElement> schools = phone.findElements(By.cssSelector(".schools a"));
            assertEquals(2, schools.size(), "both schools of the wave");
            phone.get(url(library.getString("assistedLink")));
            WebElement school = phone.findElement(By.xpath("//nav[@class='schools']//a[starts-with(., 'School A1')]"));
            phone.executeScript("arguments[0].scrollIntoView({block: 'center'});", school);
            school.click();
            new WebDriverWait(phone, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/s/"));
            WebElement note = phone.findElement(By.cssSelector(".notice"));
            assertTrue(
                    note.getText().contains("De helper leest alleen voor en legt uit."),
                    "the assisted note comes first: " + note.getText());
            assertTrue(
                    (Boolean) phone.executeScript(
                            "var n = document.querySelector('.notice'), s = document.querySelector('form[action$=\"/start\"]');"
                                    + " return !!(n.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);"),
                    "before the start button");
            assertEquals(List.of(), Browser.accessibilityViolations(phone), "the landing page with the helper's note");

            phone.findElement(By.cssSelector("form[action$='/start'] button")).click();
            new WebDriverWait(phone, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/p/"));
        } finally {
            phone.quit();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select answer_way from response where channel_id = ?")) {
            s.setLong(1, library.getLong("id"));
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "the response was started through the library's link");
                assertEquals("ASSISTED", rows.getString(1));
            }
        }

        ChromeDriver desktop = Browser.desktop();
        try {
            String username = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
            Browser.login(desktop, url("/login"), username, Accounts.PASSWORD);
            for (String page : List.of(
                    "/app/waves/" + wave + "/channels",
                    "/app/waves/" + wave + "/channels/" + library.getLong("id"),
                    "/monitor/waves/" + wave + "/channels")) {
                desktop.get(url(page));
                assertEquals(List.of(), Browser.accessibilityViolations(desktop), page);
            }
            desktop.get(url("/app/waves/" + wave + "/channels"));
            desktop.findElement(By.id("name")).sendKeys("Consultatiebureau Oost");
            new org.openqa.selenium.support.ui.Select(desktop.findElement(By.id("kind")))
                    .selectByValue("health-clinic");
            desktop.findElement(By.cssSelector("form[action$='/channels'] button[type=submit]"))
                    .click();
            new WebDriverWait(desktop, Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.tagName("h1")).getText().contains("Consultatiebureau Oost"));
            assertEquals(List.of(), Browser.accessibilityViolations(desktop), "the new channel's page");
        } finally {
            desktop.quit();
        }
    }
}
