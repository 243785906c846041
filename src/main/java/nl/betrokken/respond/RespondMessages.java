package nl.betrokken.respond;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.betrokken.common.i18n.SupportedLanguage;

/**
 * Every text of the answering pages that is not part of a questionnaire, in Dutch; the other
 * languages are in src/main/resources/messages/msg_*.properties. Short sentences, plain words:
 * many parents read these in their second language.
 */
@MessageBundle(value = "msg", locale = SupportedLanguage.DEFAULT)
public interface RespondMessages {

    @Message("Naar de vragen")
    String skip_link();

    @Message("Welkom")
    String welcome();

    @Message("Deze vragenlijst is anoniem. We vragen niet naar uw naam.")
    String anonymous();

    @Message("U kunt altijd stoppen en later verdergaan. Uw antwoorden worden bij elke stap bewaard.")
    String promise_resume();

    @Message("Wat de school deed met eerdere antwoorden")
    String what_we_did();

    @Message("U vult de vragen in met hulp")
    String assisted_title();

    @Message("Geef zelf uw antwoorden. De helper leest alleen voor en legt uit.")
    String assisted_note();

    @Message("Kies de school van uw kind")
    String choose_school();

    @Message(
            "Heeft u kinderen op meer scholen? Kies eerst één school. Daarna kunt u het opnieuw doen voor een andere school.")
    String choose_school_more();

    @Message("Kies uw taal")
    String choose_language();

    @Message("Beginnen")
    String start();

    @Message("Verdergaan waar u was")
    String resume();

    @Message("Stap {current} van {total}")
    String progress(int current, int total);

    @Message("Volgende")
    String next();

    @Message("Even geen verbinding")
    String unavailable_title();

    @Message("Opnieuw proberen")
    String try_again();

    @Message("Vorige")
    String back();

    @Message("Versturen")
    String submit();

    @Message("Taal")
    String language();

    @Message("Taal wijzigen")
    String change_language();

    @Message("Er ontbreekt nog iets. Kijk de vragen hieronder na.")
    String error_summary();

    @Message("Deze vragenlijst is gesloten")
    String closed_title();

    @Message("U kunt deze vragenlijst niet meer invullen. Dank u wel voor uw interesse.")
    String closed_text();

    @Message("Deze vragenlijst is nog niet open")
    String not_open_title();

    @Message("U kunt deze vragenlijst invullen vanaf {date}.")
    String not_open_text(String date);

    @Message("Dank u wel!")
    String thanks_title();

    @Message("Uw antwoorden zijn verstuurd. U kunt dit venster nu sluiten.")
    String thanks_text();

    @Message("U heeft deze vragenlijst al verstuurd. Dank u wel!")
    String already_sent();

    @Message("Vul uw code in")
    String code_title();

    @Message("Code")
    String code_label();

    @Message("De code staat op het briefje van school, bijvoorbeeld K7Q2M-PX9RT-4HWNA.")
    String code_hint();

    @Message("Verder")
    String code_button();

    @Message("Deze code kennen we niet. Kijk of u hem goed heeft overgenomen.")
    String code_unknown();

    @Message(
            "Deze code is al gebruikt. Bent u al begonnen? Ga dan verder op de telefoon of computer waarop u begon, of vul hier uw eigen code om verder te gaan in.")
    String code_used();

    @Message("Uw eigen code om later verder te gaan")
    String resume_code_title();

    @Message(
            "Schrijf deze code op. Daarmee gaat u later verder, ook op een andere telefoon of computer. De code van school werkt niet nog een keer. Laat deze code aan niemand zien.")
    String resume_code_text();

    @Message("U heeft te vaak een verkeerde code ingevuld. Probeer het over een kwartier opnieuw.")
    String code_throttled();

    @Message("Deze link werkt niet. Kijk of u het adres goed heeft overgenomen, of vraag de school om een nieuwe link.")
    String unknown_link();

    @Message("Pagina niet gevonden")
    String not_found_title();

    @Message(
            "Het lukt ons nu even niet om uw antwoorden op te slaan of te laden. Er gaat niets verloren. Wacht een minuut en druk dan op de knop.")
    String try_again_later();

    @Message(
            "U bent niet verbonden met internet. Uw antwoorden blijven op dit apparaat bewaard en worden verstuurd zodra er weer verbinding is.")
    String offline();

    @Message("Opgeslagen")
    String saved();

    @Message("Uw browser bewaart geen cookies. Dan kunt u niet later verdergaan, maar wel in één keer invullen.")
    String no_cookies();

    /** The footer link to the accessibility statement, which is in Dutch. */
    @Message("Toegankelijkheid")
    String accessibility();

    /** Above the Dutch statement for a parent who came from the questions in another language. */
    @Message(
            "Hier leest u hoe goed Betrokken werkt voor mensen met een beperking. Lukt iets niet? Vertel het aan uw school.")
    String accessibility_summary();
}
