package nl.betrokken.openanswers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every pattern of the mask with what parents actually write, and what it must leave alone. */
class OpenAnswerMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mail me op jan.jansen@example.nl als u vragen heeft                | Mail me op [e-mailadres] als u vragen heeft
            Bel 06-12345678 of 06 1234 5678                                    | Bel [telefoonnummer] of [telefoonnummer]
            Mijn nummer: 0612345678.                                           | Mijn nummer: [telefoonnummer].
            Vast nummer 010-1234567, of +31 6 12345678                         | Vast nummer [telefoonnummer], of [telefoonnummer]
            Bereikbaar op 0031 (0)6 1234 5678                                  | Bereikbaar op [telefoonnummer]
            Kijk op www.mijnblog.nl/ouders of https://example.org/x?y=1        | Kijk op [link] of [link]
            We wonen op 1234 AB, naast de school                               | We wonen op [postcode], naast de school
            Rekening NL91 ABNA 0417 1643 00 voor de ouderbijdrage              | Rekening [nummer] voor de ouderbijdrage
            BSN 123456782 staat op het formulier                               | BSN [nummer] staat op het formulier
            Juf Anja doet het heel goed                                        | Juf [naam] doet het heel goed
            Ik vind meester van Dijk streng                                    | Ik vind meester [naam] streng
            Meneer Ahmed El Amrani luistert goed                               | Meneer [naam] luistert goed
            mevrouw De Vries belt nooit terug                                  | mevrouw [naam] belt nooit terug
            Mijn naam is Fatima en ik wil meer weten                           | Mijn naam is [naam] en ik wil meer weten
            mijn zoon Daan zit in groep 5                                      | mijn zoon [naam] zit in groep 5
            Mijn dochter heet Zeynep                                           | Mijn dochter heet [naam]
            My son Tom likes the school                                        | My son [naam] likes the school
            Met vriendelijke groet, Piet Jansen                                | Met vriendelijke groet, [naam]
            Groetjes Anna en Bram                                              | Groetjes [naam]
            De school doet het goed. Meer uitleg over huiswerk graag.          | De school doet het goed. Meer uitleg over huiswerk graag.
            In groep 8 gaat het goed, 25 kinderen in de klas                   | In groep 8 gaat het goed, 25 kinderen in de klas
            Op 12-03-2025 was de ouderavond                                    | Op 12-03-2025 was de ouderavond
            De juf is lief                                                     | De juf is lief
            """)
    void masks(String written, String shown) {
        assertEquals(shown, OpenAnswerMask.mask(written));
    }
}
