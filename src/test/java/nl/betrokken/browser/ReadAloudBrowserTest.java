package nl.betrokken.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.Waves;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Read-aloud on the parent pages, with the phone's speech replaced by a fake installed before any page
 * script runs: which voices the phone has is then the test's choice, and what the page asked to be
 * spoken (text, rate, voice) can be read back. Real headless Chromium has no voices to rely on.
 */
@QuarkusTest
class ReadAloudBrowserTest {

    private static final String SECTOR_READ =
            "Naar wat voor school gaat uw kind? Peuteropvang of voorschool." + " Basisschool. Middelbare school. Mbo.";
    private static final String AGE_READ = "Hoe oud is uw kind? 0 tot en met 3 jaar. 4 tot en met 7 jaar."
            + " 8 tot en met 11 jaar. 12 tot en met 15 jaar. 16 jaar of ouder.";

    /**
     * window.speechSynthesis and SpeechSynthesisUtterance as a page sees them, with the voices of
     * VOICES (or none until fakeVoicesArrive(), with LATE). What the page speaks lands in
     * window.spoken, each cancel counts in window.cancels; fakeSpeechEnds() ends the current text.
     */
    private static final String FAKE_SPEECH = """
            (function () {
              var voices = VOICES, late = LATE, current = null, synth = new EventTarget();
              window.spoken = [];
              window.cancels = 0;
              synth.getVoices = function () { return late ? [] : voices.map(function (l) { return {lang: l, name: 'fake ' + l}; }); };
              synth.speak = function (u) {
                spoken.push({text: u.text, rate: u.rate, lang: u.lang, voice: u.voice ? u.voice.name : null});
                current = u;
              };
              synth.cancel = function () {
                var u = current;
                current = null;
                cancels++;
                if (u && u.onerror) { setTimeout(function () { u.onerror({error: 'interrupted'}); }, 0); }
              };
              window.fakeVoicesArrive = function () { late = false; synth.dispatchEvent(new Event('voiceschanged')); };
              window.fakeSpeechEnds = function () { var u = current; current = null; if (u && u.onend) { u.onend({}); } };
              function Utterance(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; }
              Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
              Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: Utterance, configurable: true, writable: true});
            })();
            """;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    Accounts accounts;

    private String link;

    @BeforeEach
    void openAWave() {
        Browser.requireChromium();
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        link = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA())
                .getString("institutions[0].link");
    }

    /** A phone whose speech is the fake, with voices for these languages (given at once, or late). */
    private static ChromeDriver phoneWithVoices(boolean late, String... languages) {
        ChromeDriver driver = Browser.phone(true);
        String list = List.of(languages).stream().map(l -> "'" + l + "'").collect(Collectors.joining(",", "[", "]"));
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", FAKE_SPEECH.replace("VOICES", list).replace("LATE", String.valueOf(late))));
        return driver;
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Opens the link, in another language than Dutch if given, and starts up to the first questions. */
    private void startAnswering(ChromeDriver driver, String language) {
        driver.get(url(link));
        if (language != null) {
            driver.findElement(By.cssSelector("a[lang='" + language + "']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d ->
                            language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
        driver.findElement(By.cssSelector("form[action$='/start'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
    }

    private static List<WebElement> speakButtons(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("button.speak"));
    }

    private static void waitUntil(ChromeDriver driver, String what, java.util.function.Predicate<ChromeDriver> check) {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .withMessage(what)
                .ignoring(WebDriverException.class)
                .until(d -> check.test((ChromeDriver) d));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> spoken(ChromeDriver driver) {
        return (List<Map<String, Object>>) driver.executeScript("return window.spoken;");
    }

    private static long cancels(ChromeDriver driver) {
        return ((Number) driver.executeScript("return window.cancels;")).longValue();
    }

    private static void press(ChromeDriver driver, WebElement button) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private static void assertSpoken(Map<String, Object> said, String text, double rate) {
        assertEquals(text, said.get("text"), "the question, then its answers in order");
        assertEquals(rate, ((Number) said.get("rate")).doubleValue(), 0.001, "the rate of " + text);
        assertEquals("nl-NL", said.get("lang"), "the voice's language");
        assertEquals("fake nl-NL", said.get("voice"), "the Dutch voice, not the phone's default");
    }

    @Test
    void withADutchVoiceTheButtonsReadTheQuestionAndItsAnswersAtTheChosenRate() {
        ChromeDriver driver = phoneWithVoices(false, "en-GB", "nl-NL");
        try {
            startAnswering(driver, null);
            List<WebElement> buttons = speakButtons(driver);
            waitUntil(driver, "the read-aloud buttons show", d -> buttons.get(0).isDisplayed());
            assertTrue(buttons.stream().allMatch(WebElement::isDisplayed), "every question has its button");
            assertFalse(driver.findElement(By.id("read-none")).isDisplayed(), "no 'cannot read' note");
            assertEquals("Voorlezen (vraag 1)", buttons.get(0).getAccessibleName());
            assertEquals("Voorlezen (vraag 2)", buttons.get(1).getAccessibleName());
            assertEquals("button", buttons.get(0).getAttribute("type"));
            assertEquals(List.of(), spoken(driver), "nothing is read before a button is pressed");

            WebElement first = buttons.get(0);
            press(driver, first);
            assertEquals(1, spoken(driver).size());
            assertSpoken(spoken(driver).get(0), SECTOR_READ, 1);
            assertEquals("true", first.getAttribute("aria-pressed"));
            assertEquals(first, driver.switchTo().activeElement(), "the focus stays on the button");

            long before = cancels(driver);
            press(driver, first);
            assertEquals(1, spoken(driver).size(), "pressing while it reads only stops");
            assertTrue(cancels(driver) > before, "the speech is cancelled");
            assertEquals("false", first.getAttribute("aria-pressed"));

            WebElement slower = driver.findElement(By.id("read-slow"));
            assertTrue(slower.isDisplayed());
            assertEquals(
                    "Langzamer voorlezen",
                    driver.findElement(By.cssSelector("label[for='read-slow']")).getText());
            slower.sendKeys(Keys.SPACE);
            assertTrue(slower.isSelected(), "the keyboard ticks the box");
            WebElement second = buttons.get(1);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", second);
            second.sendKeys(Keys.ENTER);
            assertEquals(2, spoken(driver).size());
            assertSpoken(spoken(driver).get(1), AGE_READ, 0.7);
            assertEquals("true", second.getAttribute("aria-pressed"));

            press(driver, first);
            // the stopped text reports its end a moment later; that must not release the new one
            driver.executeAsyncScript("setTimeout(arguments[0], 100);");
            assertEquals(3, spoken(driver).size(), "another button stops the first text and reads its own");
            assertSpoken(spoken(driver).get(2), SECTOR_READ, 0.7);
            assertEquals("false", second.getAttribute("aria-pressed"));
            assertEquals("true", first.getAttribute("aria-pressed"));
            driver.executeScript("fakeSpeechEnds();");
            waitUntil(
                    driver,
                    "the button is released when the text ends",
                    d -> "false".equals(first.getAttribute("aria-pressed")));

            driver.navigate().refresh();
            waitUntil(
                    driver,
                    "the buttons show again",
                    d -> speakButtons(d).get(0).isDisplayed());
            assertTrue(
                    driver.findElement(By.id("read-slow")).isSelected(),
                    "slower stays chosen when the page loads again");
            press(driver, speakButtons(driver).get(0));
            assertSpoken(spoken(driver).get(0), SECTOR_READ, 0.7);
        } finally {
            driver.quit();
        }
    }

    @Test
    void leavingThePageStopsTheSpeech() {
        ChromeDriver driver = phoneWithVoices(false, "nl-NL");
        try {
            startAnswering(driver, null);
            waitUntil(driver, "the buttons show", d -> speakButtons(d).get(0).isDisplayed());
            press(driver, speakButtons(driver).get(0));
            long before = cancels(driver);
            driver.executeScript("window.dispatchEvent(new PageTransitionEvent('pagehide'));");
            assertTrue(cancels(driver) > before, "the speech is cancelled when the page goes");
            assertEquals("false", speakButtons(driver).get(0).getAttribute("aria-pressed"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void voicesThatArriveLateStillBringTheButtons() {
        ChromeDriver driver = phoneWithVoices(true, "nl-BE");
        try {
            startAnswering(driver, null);
            assertFalse(speakButtons(driver).get(0).isDisplayed(), "no buttons before a voice is known");
            driver.executeScript("fakeVoicesArrive();");
            waitUntil(
                    driver,
                    "the buttons show once the voices are there",
                    d -> speakButtons(d).get(0).isDisplayed());
            assertFalse(driver.findElement(By.id("read-none")).isDisplayed(), "nor the note, even after the wait");
        } finally {
            driver.quit();
        }
    }

    @Test
    void withoutAnArabicVoiceAnArabicPageSaysReadingAloudCannotBeDone() {
        ChromeDriver driver = phoneWithVoices(false, "en-US");
        try {
            startAnswering(driver, "ar");
            WebElement note = driver.findElement(By.id("read-none"));
            waitUntil(driver, "the note shows", d -> note.isDisplayed());
            assertEquals("عذرًا، لا يستطيع هذا الجهاز القراءة بصوت عالٍ بهذه اللغة.", note.getText());
            assertTrue(speakButtons(driver).stream().noneMatch(WebElement::isDisplayed), "no buttons that do nothing");
            assertFalse(driver.findElement(By.id("read-slow")).isDisplayed(), "no rate to choose either");
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the Arabic page with the note");
        } finally {
            driver.quit();
        }
    }

    @Test
    void aPhoneThatNeverListsAVoiceGetsTheNoteAfterAMoment() {
        ChromeDriver driver = phoneWithVoices(true);
        try {
            startAnswering(driver, null);
            WebElement note = driver.findElement(By.id("read-none"));
            waitUntil(driver, "the note shows after the short wait", d -> note.isDisplayed());
            assertEquals("Helaas kan dit toestel deze taal niet voorlezen.", note.getText());
            assertTrue(speakButtons(driver).stream().noneMatch(WebElement::isDisplayed));
        } finally {
            driver.quit();
        }
    }

    @Test
    void theQuestionPageWithItsButtonsIsAccessible() {
        ChromeDriver driver = phoneWithVoices(false, "nl-NL");
        try {
            startAnswering(driver, null);
            waitUntil(driver, "the buttons show", d -> speakButtons(d).get(0).isDisplayed());
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "the buttons shown");
            press(driver, speakButtons(driver).get(0));
            assertEquals(List.of(), Browser.accessibilityViolations(driver), "a button pressed while it reads");
            assertEquals(
                    0L,
                    driver.executeScript(
                            "return document.querySelectorAll('#reading [aria-live], .speak [aria-live]').length;"),
                    "reading aloud announces nothing by itself");
        } finally {
            driver.quit();
        }
    }
}
