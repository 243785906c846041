package nl.betrokken.waves;

import java.util.List;
import nl.betrokken.common.i18n.SupportedLanguage;
import nl.betrokken.definitions.answers.AnswerKey;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * What the printed invitation says about the questionnaire: whom it addresses, in which other
 * languages it can be answered, and roughly how long it takes.
 */
public record Letter(
        String greeting, String request, String privacy, List<SupportedLanguage> otherLanguages, int minutes) {

    /** A rough pace for a closed question read on a phone; the estimate is meant to be honest, not precise. */
    static final int SECONDS_PER_ANSWER = 15;

    static final int MINIMUM_MINUTES = 2;

    public static Letter of(Questionnaire questionnaire) {
        List<SupportedLanguage> others = questionnaire.languages().stream()
                .filter(code -> !SupportedLanguage.DEFAULT.equals(code))
                .map(code -> SupportedLanguage.byCode(code).orElseThrow())
                .toList();
        return switch (questionnaire.audience()) {
            case PARENT ->
                new Letter(
                        "Beste ouder of verzorger,",
                        "Wij willen graag weten hoe u de samenwerking met onze" + " school ervaart.",
                        "De vragenlijst is anoniem: we vragen niet naar uw naam.",
                        others,
                        minutes(questionnaire));
            case STAFF ->
                new Letter(
                        "Beste collega,",
                        "Wij willen graag weten hoe u als teamlid de samenwerking met ouders" + " ervaart.",
                        "De vragenlijst is anoniem: we vragen niet naar uw naam.",
                        others,
                        minutes(questionnaire));
            case INSTITUTION ->
                new Letter(
                        "Beste contactpersoon,",
                        "Wij willen graag weten hoe uw instelling met ouders" + " samenwerkt.",
                        "De vragen gaan over de instelling; we vragen niet naar uw naam.",
                        others,
                        minutes(questionnaire));
            case LEA_PARTNER ->
                new Letter(
                        "Beste partner in het LEA-overleg,",
                        "Wij willen graag weten hoe u de samenwerking" + " rond ouderbetrokkenheid ziet.",
                        "De vragen gaan over uw organisatie; we vragen niet naar uw naam.",
                        others,
                        minutes(questionnaire));
        };
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
