package nl.betrokken.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one language rule of the answering pages, step by step. */
class AskedLanguageTest {

    private static final List<String> OFFERED = List.of("nl", "en", "ar");

    @Test
    void anOfferedExplicitChoiceComesFirst() {
        assertEquals("ar", new AskedLanguage("ar", "en-GB,en;q=0.9").pick(OFFERED, "en", "nl"));
    }

    @Test
    void thenTheLanguageTheResponseWasIn() {
        assertEquals("en", new AskedLanguage("pl", "ar").pick(OFFERED, "en", "nl"), "Polish is not offered here");
    }

    @Test
    void thenTheFirstOfferedLanguageTheBrowserAsksFor() {
        assertEquals("ar", new AskedLanguage(null, "tr-TR, ar;q=0.8, en;q=0.5").pick(OFFERED, null, "nl"));
    }

    @Test
    void thenTheQuestionnairesOwnAndAMalformedHeaderIsNoPreference() {
        assertEquals("en", new AskedLanguage(null, ";;q=x").pick(OFFERED, null, "en"));
        assertEquals("nl", AskedLanguage.none().amongAll());
    }

    @Test
    void beforeAQuestionnaireIsKnownEveryLanguageOfThePagesCounts() {
        assertEquals("pl", new AskedLanguage(null, "pl").amongAll());
        assertEquals("tr", new AskedLanguage(" TR ", "pl").amongAll(), "a chosen code is read loosely");
    }
}
