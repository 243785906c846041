package nl.betrokken.waves.paper;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.betrokken.common.i18n.SupportedLanguage;

/**
 * What a printed questionnaire says around the questions, in Dutch; the other languages are in
 * src/main/resources/messages/paper_*.properties. Plain short words: the form is read with a pen in
 * hand, often in a second language, and nobody is there to explain it.
 */
@MessageBundle(value = "paper", locale = SupportedLanguage.DEFAULT)
public interface PaperMessages {

    @Message("Formulier")
    String form();

    @Message("Zet een kruisje in het vakje van uw antwoord.")
    String how();

    @Message("Wilt u een vraag niet beantwoorden? Laat de vakjes dan leeg.")
    String skip();

    @Message("Schrijf uw naam niet op het formulier. Uw antwoorden zijn anoniem.")
    String privacy();

    @Message("Klaar? Geef het formulier terug aan wie het u gaf.")
    String hand_in();

    @Message("Kruis één vakje aan.")
    String one();

    @Message("Kruis per kolom één vakje aan.")
    String one_per_column();

    @Message("Kruis aan wat past. Dat mag meer dan één vakje zijn.")
    String many();

    @Message("Schrijf een getal.")
    String number();

    @Message("Schrijf uw antwoord op de lijnen.")
    String text();

    @Message("Alleen invullen als het past bij uw antwoord op vraag {numbers}.")
    String only_if(String numbers);

    @Message("Vraag {number}")
    String question(int number);

    @Message("Dank u wel!")
    String thanks();
}
