package nl.betrokken.waves;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * What the printed invitation says, in Dutch and, where chosen, in one more of the questionnaire's
 * languages: whom it asks (the definition's audience), in which other languages it can be answered,
 * roughly how long it takes (from the number of answers the definition asks for) and until when.
 */
public record Letter(List<Half> halves, List<SupportedLanguage> otherLanguages, int minutes) {

    /** A rough pace for a closed question read on a phone; the estimate is meant to be honest, not precise. */
    static final int SECONDS_PER_ANSWER = 15;

    static final int MINIMUM_MINUTES = 2;

    /** The letter in one language: every sentence, already filled in, and the language's direction. */
    public record Half(
            String language,
            boolean rightToLeft,
            String heading,
            String greeting,
            String forWhom,
            String request,
            String invitation,
            String title,
            String duration,
            String privacy,
            String resume,
            String otherLanguages,
            String scan,
            String until,
            String thanks,
            String slipScan,
            String slipUntil) {

        /** "rtl" or "ltr", for the dir attribute of this half. */
        public String dir() {
            return rightToLeft ? "rtl" : "ltr";
        }
    }

    /**
     * The letter in Dutch and, when {@code second} is another language the questionnaire offers, in that
     * language too; any other choice gives the Dutch letter alone.
     */
    public static Letter of(Questionnaire questionnaire, String second, String school, LocalDate closesOn) {
        List<SupportedLanguage> others = others(questionnaire);
        int minutes = minutes(questionnaire);
        List<Half> halves = new ArrayList<>();
        halves.add(half(questionnaire, SupportedLanguage.dutch(), school, closesOn, minutes));
        others.stream()
                .filter(l -> l.code().equals(second))
                .findFirst()
                .ifPresent(l -> halves.add(half(questionnaire, l, school, closesOn, minutes)));
        return new Letter(halves, others, minutes);
    }

    /** The languages besides Dutch the questionnaire can be answered in, as its definition lists them. */
    static List<SupportedLanguage> others(Questionnaire questionnaire) {
        return questionnaire.languages().stream()
                .filter(code -> !SupportedLanguage.DEFAULT.equals(code))
                .map(code -> SupportedLanguage.byCode(code).orElseThrow())
                .toList();
    }

    /** The second language of a bilingual letter, or null for Dutch alone. */
    public Half second() {
        return halves.size() > 1 ? halves.get(1) : null;
    }

    public Half dutch() {
        return halves.get(0);
    }

    private static Half half(
            Questionnaire questionnaire, SupportedLanguage language, String school, LocalDate closesOn, int minutes) {
        LetterMessages m = MessageBundles.get(LetterMessages.class, Localized.Literal.of(language.code()));
        String date =
                closesOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language.code())));
        String greeting;
        String forWhom;
        String request;
        String privacy;
        switch (questionnaire.audience()) {
            case PARENT -> {
                greeting = m.greeting_parent();
                forWhom = m.for_parent(school);
                request = m.request_parent();
                privacy = m.privacy_person();
            }
            case STAFF -> {
                greeting = m.greeting_staff();
                forWhom = m.for_staff(school);
                request = m.request_staff();
                privacy = m.privacy_person();
            }
            case INSTITUTION -> {
                greeting = m.greeting_institution();
                forWhom = m.for_institution(school);
                request = m.request_institution();
                privacy = m.privacy_institution();
            }
            default -> {
                greeting = m.greeting_lea_partner();
                forWhom = m.for_lea_partner(school);
                request = m.request_lea_partner();
                privacy = m.privacy_lea_partner();
            }
        }
        return new Half(
                language.code(),
                language.rightToLeft(),
                m.heading(),
                greeting,
                forWhom,
                request,
                m.invitation(),
                questionnaire.title().in(language.code()),
                duration(m, minutes),
                privacy,
                m.resume(),
                m.other_languages(),
                m.scan(),
                m.until(date),
                m.thanks(),
                m.slip_scan(),
                m.slip_until(date));
    }

    /**
     * "About 5 minutes", with the plural form the language needs. The forms are Arabic's (a dual, and a
     * plural for 3 to 10); a language without them gives the same sentence for each, so no language
     * needs a rule of its own here.
     */
    static String duration(LetterMessages m, int minutes) {
        if (minutes == 2) {
            return m.duration_two(minutes);
        }
        if (minutes <= 10) {
            return m.duration_few(minutes);
        }
        return m.duration_many(minutes);
    }

    /** Every answer a respondent gives counts, so an item asked for now and for later counts twice. */
    static int minutes(Questionnaire questionnaire) {
        int answers = questionnaire
                .items()
                .mapToInt(item -> AnswerKey.of(item).size())
                .sum();
        int minutes = (answers * SECONDS_PER_ANSWER + 59) / 60;
        return Math.max(MINIMUM_MINUTES, minutes);
    }
}
