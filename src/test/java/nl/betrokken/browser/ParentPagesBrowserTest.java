package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.ExhaustedPool;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A parent on a cheap phone, in all five languages and without JavaScript, also with the database away;
 * axe-core (WCAG 2.2 AA) on every page type, the accessibility statement included.
 */
@QuarkusTest
class ParentPagesBrowserTest {

    /** A first question page with its CSS and script, compressed: about 6 KB in December 2026. */
    private static final long PAGE_BUDGET_BYTES = 10 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    private String link;
    private String slug;
    private long wave;

    @BeforeEach
    void openAWave() {
        Browser.requireChromium();
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var opened = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        link = opened.getString("institutions[0].link");
        wave = opened.getLong("id");
        slug = link.substring(3);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static void assertAccessible(ChromeDriver driver, String what) {
        List<String> violations = Browser.accessibilityViolations(driver);
        assertEquals(List.of(), violations, what + " has accessibility violations");
    }

    /** Content fits the phone's width: no sideways scrolling, the page is not zoomed out (WCAG reflow). */
    private static void assertFitsThePhone(ChromeDriver driver, String what) {
        Number viewport = (Number) driver.executeScript("return window.innerWidth;");
        Number content = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertEquals(
                360,
                viewport.intValue(),
                what + ": the layout viewport is the phone's width; too wide: " + tooWide(driver));
        assertTrue(content.intValue() <= 360, what + " is " + content + " px wide on a 360 px phone");
    }

    /** The texts that reach past the phone's right edge, to say what to fix. */
    private static Object tooWide(ChromeDriver driver) {
        return driver.executeScript(
                "var wide = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                        + "while (walk.nextNode() && wide.length < 5) { var r = document.createRange(); r.selectNodeContents(walk.currentNode);"
                        + "  var right = r.getBoundingClientRect().right;"
                        + "  if (right > 361) { wide.push(walk.currentNode.parentNode.tagName + ' ' + Math.round(right) + ' px: '"
                        + "    + walk.currentNode.textContent.trim().slice(0, 40)); } }"
                        + "return wide;");
    }

    private static void click(ChromeDriver driver, String css) {
        WebElement element = driver.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits for the next page; reading it while the browser is still swapping pages may fail, so that is retried. */
    private static void waitForHeading(ChromeDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> String.valueOf(((ChromeDriver) d)
                                .executeScript("var h = document.querySelector('h1'); return h ? h.textContent : '';"))
                        .contains(text));
    }

    /** Opens the link and starts, as a parent does, up to the first questions. */
    private void startAnswering(ChromeDriver driver) {
        driver.get(url(link));
        click(driver, "form[action$='/start'] button");
        waitForHeading(driver, "Over u en uw kind");
    }

    /** Presses "next" through every remaining page and sends on the last one. */
    private static void finish(ChromeDriver driver) {
        for (int guard = 0; guard < 20; guard++) {
            List<WebElement> submit = driver.findElements(By.cssSelector("button[value=submit]"));
            if (!submit.isEmpty()) {
                click(driver, "button[value=submit]");
                return;
            }
            String before = driver.getCurrentUrl();
            click(driver, "button[value=next]");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> !d.getCurrentUrl().equals(before));
        }
        throw new AssertionError("no send button after 20 pages");
    }

    private String storedAnswers() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select r.status || ' ' || r.answers::text from response r join wave_institution wi"
                                + " on wi.id = r.wave_institution_id where wi.slug = ?")) {
            s.setString(1, slug);
            try (ResultSet r = s.executeQuery()) {
                StringBuilder all = new StringBuilder();
                while (r.next()) {
                    all.append(r.getString(1)).append('\n');
                }
                return all.toString();
            }
        }
    }

    @Test
    void aDutchParentOnAPhoneAnswersEverythingAndSendsOnce() throws Exception {
        ChromeDriver driver = Browser.phone(true);
        try {
            driver.get(url(link));
            assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertAccessible(driver, "the landing page");
            click(driver, "form[action$='/start'] button");
            waitForHeading(driver, "Over u en uw kind");

            long bytes = Browser.transferredBytes(driver);
            assertTrue(
                    bytes > 0 && bytes < PAGE_BUDGET_BYTES,
                    "a question page with its CSS and JS took " + bytes + " bytes");
            assertEquals(List.of(), Browser.thirdPartyRequests(driver), "no requests to other sites");
            assertTrue(driver.findElement(By.cssSelector("progress")).isDisplayed(), "a progress indicator");
            double tapHeight = ((Number) driver.executeScript(
                            "return document.querySelector('.choice').getBoundingClientRect().height;"))
                    .doubleValue();
            assertTrue(tapHeight >= 44, "answers are at least 44 px high to tap, not " + tapHeight);
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .withMessage("read aloud is offered where the phone has a voice, else the page says it cannot")
                    .until(d -> d.findElement(By.cssSelector("button.speak")).isDisplayed()
                            || d.findElement(By.id("read-none")).isDisplayed()
                            || !(Boolean) ((ChromeDriver) d).executeScript("return 'speechSynthesis' in window;"));
            assertAccessible(driver, "a question page");
            assertFitsThePhone(driver, "a Dutch question page");

            click(driver, "button[value=next]");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(WebDriverException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertEquals(
                    "error-summary",
                    driver.switchTo().activeElement().getAttribute("id"),
                    "the error summary takes the focus, so it is read out first");
            assertAccessible(driver, "a question page with errors");

            click(driver, "label[for='f-sector-1']");
            click(driver, "button[value=next]");
            waitForHeading(driver, "school");
            click(driver, "label[for='f-a1-3']");
            finish(driver);
            waitForHeading(driver, "Dank u wel!");
            assertAccessible(driver, "the thank-you page");

            driver.navigate().back();
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.tagName("h1")).isDisplayed());
        } finally {
            driver.quit();
        }
        String stored = storedAnswers();
        assertEquals(1, stored.lines().count(), "one response, however the back button was used: " + stored);
        assertTrue(stored.startsWith("SUBMITTED"), stored);
        assertTrue(stored.contains("\"sector\": \"primary\""), stored);
        assertTrue(stored.contains("\"a1\": \"agree-strongly\""), stored);
    }

    @Test
    void answersKeptOnThePhoneLastAWeekAtMostAndGoWhenSent() throws Exception {
        ChromeDriver driver = Browser.phone(true);
        try {
            startAnswering(driver);
            driver.executeScript("var day = 24 * 3600 * 1000;"
                    + "localStorage.setItem('betrokken:/s/elders/p/old', JSON.stringify({t: Date.now() - 8 * day, d: 'a=b'}));"
                    + "localStorage.setItem('betrokken:/s/elders/p/recent', JSON.stringify({t: Date.now() - day, d: 'a=b'}));"
                    + "localStorage.setItem('betrokken:/s/elders/p/without-date', 'a=b');"
                    + "localStorage.setItem('iets-anders', 'blijft');");
            driver.navigate().refresh();
            waitForHeading(driver, "Over u en uw kind");
            assertEquals("betrokken:/s/elders/p/recent,iets-anders", keptKeys(driver), "older than a week is gone");

            click(driver, "label[for='f-sector-1']");
            click(driver, "button[value=next]");
            waitForHeading(driver, "school");
            click(driver, "label[for='f-a1-3']");
            finish(driver);
            waitForHeading(driver, "Dank u wel!");
            assertEquals("iets-anders", keptKeys(driver), "after sending, no answers stay on the phone");
        } finally {
            driver.quit();
        }
    }

    private static String keptKeys(ChromeDriver driver) {
        return String.valueOf(driver.executeScript("var keys = [];"
                + "for (var i = 0; i < localStorage.length; i++) { keys.push(localStorage.key(i)); }"
                + "return keys.sort().join(',');"));
    }

    @Test
    void anArabicReadingParentGetsTheWholeQuestionnaireRightToLeft() throws Exception {
        ChromeDriver driver = Browser.phone(true);
        try {
            driver.get(url(link));
            click(driver, "a[lang='ar']");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
            assertEquals("ar", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertAccessible(driver, "the Arabic landing page");
            assertFitsThePhone(driver, "the Arabic landing page");
            click(driver, "form[action$='/start'] button");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
            assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
            assertEquals("rtl", driver.executeScript("return getComputedStyle(document.body).direction;"));
            assertAccessible(driver, "an Arabic question page");
            assertFitsThePhone(driver, "an Arabic question page");
            click(driver, "label[for='f-sector-0']");
            finish(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().endsWith("/thanks"));
            assertEquals("ar", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank());
        } finally {
            driver.quit();
        }
        String stored = storedAnswers();
        assertTrue(stored.startsWith("SUBMITTED"), stored);
        assertTrue(stored.contains("\"sector\": \"preschool\""), stored);
    }

    @Test
    void englishTurkishAndPolishParentsGetAccessiblePagesThatFitThePhone() {
        ChromeDriver driver = Browser.phone(true);
        try {
            for (String lang : List.of("en", "tr", "pl")) {
                driver.get(url(link + "?lang=" + lang));
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
                assertAccessible(driver, "the landing page in " + lang);
                assertFitsThePhone(driver, "the landing page in " + lang);
                click(driver, "form[action$='/start'] button");
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
                assertAccessible(driver, "a question page in " + lang);
                assertFitsThePhone(driver, "a question page in " + lang);
                click(driver, "button[value=next]");
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
                assertAccessible(driver, "a question page with errors in " + lang);
                assertFitsThePhone(driver, "a question page with errors in " + lang);
                driver.manage().deleteAllCookies();
            }
        } finally {
            driver.quit();
        }
    }

    /**
     * The database away while a Polish parent sends a page (every pool connection held, so the request
     * ends at the pool's timeout, as when PostgreSQL hangs): the 503 page in Polish, and its button carries on.
     */
    @Test
    void withTheDatabaseAwayThePageToTryAgainIsAccessible() throws Exception {
        ChromeDriver driver = Browser.phone(false);
        try {
            driver.get(url(link + "?lang=pl"));
            click(driver, "form[action$='/start'] button");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(WebDriverException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
            click(driver, "label[for='f-sector-1']");
            try (ExhaustedPool away = ExhaustedPool.of(dataSource)) {
                click(driver, "button[value=next]");
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .ignoring(WebDriverException.class)
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[role=alert]")));
            }
            assertEquals("pl", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(driver.findElements(By.id("answers")).isEmpty(), "the page to try again, not the questions");
            assertAccessible(driver, "the page with the database away");
            assertFitsThePhone(driver, "the page with the database away");
            String before = driver.getCurrentUrl();
            click(driver, "main form button");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.cssSelector("p[role=alert]")).isEmpty()
                            && !d.getCurrentUrl().equals(before));
        } finally {
            driver.quit();
        }
        assertTrue(storedAnswers().contains("\"sector\": \"primary\""), "the answer sent again was taken");
    }

    /**
     * A short questionnaire with {@code layout: one-page}: every question on one page under two section headings, no
     * progress bar, one send; accessible and fitting the phone and the desktop, also with its errors shown.
     */
    @Test
    void aShortQuestionnaireIsAnsweredOnOnePageAndSentOnce() throws Exception {
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        String pulse = Waves.openNow(analyst, "parent-pulse", "link", world.institutionA())
                .getString("institutions[0].link");
        for (ChromeDriver driver : List.of(Browser.phone(true), Browser.desktop())) {
            try {
                driver.get(url(pulse));
                click(driver, "form[action$='/start'] button");
                waitForHeading(driver, "Even kort over school");
                List<String> sections = driver.findElements(By.cssSelector("#answers h2")).stream()
                        .map(WebElement::getText)
                        .toList();
                assertEquals(List.of("Uw kind", "Het contact met school"), sections);
                assertEquals(0, driver.findElements(By.tagName("progress")).size(), "one page needs no progress bar");
                assertEquals(
                        0,
                        driver.findElements(By.cssSelector("button[value=next]"))
                                .size());
                assertAccessible(driver, "the one-page questionnaire");
                click(driver, "button[value=submit]");
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .ignoring(WebDriverException.class)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
                assertAccessible(driver, "the one-page questionnaire with an error");
                if (driver.manage().window().getSize().getWidth() <= 400) {
                    assertFitsThePhone(driver, "the one-page questionnaire with an error");
                }
                click(driver, "label[for='f-sector-1']");
                click(driver, "label[for='f-p1-2']");
                click(driver, "label[for='f-p4-3']");
                click(driver, "button[value=submit]");
                waitForHeading(driver, "Dank u wel!");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void withoutJavaScriptEverythingStillWorks() throws Exception {
        ChromeDriver driver = Browser.phone(false);
        try {
            startAnswering(driver);
            assertFalse(
                    driver.findElement(By.cssSelector("button.speak")).isDisplayed(),
                    "no read-aloud button without script");
            click(driver, "label[for='f-sector-2']");
            click(driver, "label[for='f-contact-channels-0']");
            click(driver, "label[for='f-contact-channels-3']");
            click(driver, "button[value=next]");
            waitForHeading(driver, "school");
            click(driver, "button[value=back]");
            waitForHeading(driver, "Over u en uw kind");
            assertTrue(driver.findElement(By.id("f-sector-2")).isSelected(), "going back shows what was answered");
            finish(driver);
            waitForHeading(driver, "Dank u wel!");
        } finally {
            driver.quit();
        }
        String stored = storedAnswers();
        assertTrue(stored.startsWith("SUBMITTED"), stored);
        assertTrue(stored.contains("\"contact-channels\": [\"app\", \"talks\"]"), stored);
    }

    @Test
    void theOtherPageTypesAreAccessibleToo() {
        ChromeDriver driver = Browser.phone(true);
        try {
            driver.get(url("/c"));
            assertAccessible(driver, "the code page");
            driver.findElement(By.id("code")).sendKeys("AAAAA-BBBBB-CCCCC");
            click(driver, "form[action='/c'] button");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("code-error")));
            assertAccessible(driver, "the code page with an error");

            driver.get(url("/s/NoSuchLinkAtAll12345"));
            assertAccessible(driver, "an unknown link");
            driver.get(url("/"));
            assertAccessible(driver, "the home page");
            driver.get(url("/login"));
            assertAccessible(driver, "the login page");

            String username = accounts.create(Role.ADMINISTRATOR, null);
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
            click(driver, "form[action='/login'] button");
            waitForHeading(driver, "Welkom");
            assertAccessible(driver, "the overview after login");
            driver.get(url("/account/password"));
            assertAccessible(driver, "the password page");
            driver.get(url("/app/waves/new"));
            assertAccessible(driver, "the new-wave form");
            driver.get(url("/app/waves/" + wave));
            assertAccessible(driver, "a wave page");
            driver.findElement(By.cssSelector("a[href$='/letter']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qr svg")));
            assertAccessible(driver, "the letter with QR code");
            driver.get(url("/app/nothing-here"));
            assertAccessible(driver, "the error page");
            click(driver, "footer a");
            waitForHeading(driver, "Toegankelijkheidsverklaring");
            assertAccessible(driver, "the accessibility statement");
            assertFitsThePhone(driver, "the accessibility statement");

            driver.get(url(link + "?lang=ar"));
            click(driver, "footer a");
            waitForHeading(driver, "Toegankelijkheidsverklaring");
            assertEquals("rtl", driver.findElement(By.id("summary")).getAttribute("dir"));
            assertAccessible(driver, "the accessibility statement with a line in Arabic");
            assertFitsThePhone(driver, "the accessibility statement with a line in Arabic");
        } finally {
            driver.quit();
        }
    }
}
