package nl.betrokken.waves;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.betrokken.common.i18n.SupportedLanguage;

/**
 * The texts of the printed letter and the code slips, in Dutch; the other languages are in
 * src/main/resources/messages/letter_*.properties. Short sentences and plain words (B1): many parents
 * read the letter in their second language, which is why it can be printed in two.
 */
@MessageBundle(value = "letter", locale = SupportedLanguage.DEFAULT)
public interface LetterMessages {

    @Message("Wilt u ons helpen?")
    String heading();

    @Message("Beste ouder of verzorger,")
    String greeting_parent();

    @Message("Beste collega,")
    String greeting_staff();

    @Message("Beste contactpersoon,")
    String greeting_institution();

    @Message("Beste partner in het LEA-overleg,")
    String greeting_lea_partner();

    @Message("Deze vragenlijst is voor ouders en verzorgers van kinderen op {school}.")
    String for_parent(String school);

    @Message("Deze vragenlijst is voor de medewerkers van {school}.")
    String for_staff(String school);

    @Message("Deze vragenlijst is voor de contactpersoon van {school}.")
    String for_institution(String school);

    @Message("Deze vragenlijst is voor de partners in het LEA-overleg.")
    String for_lea_partner(String school);

    @Message("Wij willen graag weten hoe u de samenwerking met onze school ervaart.")
    String request_parent();

    @Message("Wij willen graag weten hoe u als teamlid de samenwerking met ouders ervaart.")
    String request_staff();

    @Message("Wij willen graag weten hoe uw instelling met ouders samenwerkt.")
    String request_institution();

    @Message("Wij willen graag weten hoe u de samenwerking rond ouderbetrokkenheid ziet.")
    String request_lea_partner();

    @Message("Daarom vragen we u een korte vragenlijst in te vullen:")
    String invitation();

    /** For exactly two minutes (languages with a dual, such as Arabic, say it differently). */
    @Message("Het kost ongeveer {minutes} minuten.")
    String duration_two(int minutes);

    /** For 3 to 10 minutes (Arabic's plural of few); a language without that form repeats the words for many. */
    @Message("Het kost ongeveer {minutes} minuten.")
    String duration_few(int minutes);

    @Message("Het kost ongeveer {minutes} minuten.")
    String duration_many(int minutes);

    @Message("De vragenlijst is anoniem: we vragen niet naar uw naam.")
    String privacy_person();

    @Message("De vragen gaan over de instelling; we vragen niet naar uw naam.")
    String privacy_institution();

    @Message("De vragen gaan over uw organisatie; we vragen niet naar uw naam.")
    String privacy_lea_partner();

    @Message("U kunt stoppen en later verdergaan.")
    String resume();

    @Message("U kunt de vragenlijst ook in een andere taal invullen:")
    String other_languages();

    @Message("Scan de QR-code met de camera van uw telefoon, of typ dit adres:")
    String scan();

    @Message("U kunt de vragenlijst invullen tot en met {date}.")
    String until(String date);

    @Message("Dank u wel!")
    String thanks();

    @Message("Scan de QR-code, of ga naar dit adres en typ uw code:")
    String slip_scan();

    @Message("Anoniem · tot en met {date}")
    String slip_until(String date);
}
