package nl.betrokken.forms;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.betrokken.common.i18n.SupportedLanguage;

/**
 * The texts around a question that every form shares, in Dutch; the other languages are in
 * src/main/resources/messages/form_*.properties. Templates read them as {@code {form:…}}.
 */
@MessageBundle(value = "form", locale = SupportedLanguage.DEFAULT)
public interface FormMessages {

    @Message("Voorlezen")
    String read_aloud();

    /** Completes a read-aloud button's name for a screen reader: which question it reads. */
    @Message("vraag {n}")
    String question_number(int n);

    @Message("Langzamer voorlezen")
    String read_slower();

    /** Shown instead of the buttons where the phone has no voice for the page's language. */
    @Message("Helaas kan dit toestel deze taal niet voorlezen.")
    String read_aloud_none();

    @Message("niet verplicht")
    String optional();

    @Message("Geef hier een antwoord.")
    String error_required();

    @Message("Kies een van de antwoorden.")
    String error_choice();

    @Message("Vul een getal in, bijvoorbeeld 3.")
    String error_number();

    @Message("Vul een getal in van {min} of meer.")
    String error_number_min(String min);

    @Message("Vul een getal in van {max} of minder.")
    String error_number_max(String max);

    @Message("Gebruik hoogstens {max} tekens.")
    String error_too_long(int max);
}
