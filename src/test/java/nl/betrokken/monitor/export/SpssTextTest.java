package nl.betrokken.monitor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A label staff typed can never end an SPSS command and start one of its own. */
class SpssTextTest {

    @Test
    void everyLineTerminatorJavaKnowsBecomesASpaceAndQuotesAreDoubled() {
        String typed = "a\nb\rc\r\nd\u000Be\u000Cf\u0085g\u2028h\u2029i 'j'";
        assertEquals("a b c d e f g h i ''j''", ExportService.spssText(typed));
        assertEquals(-1, ExportService.spssText("x\u2028DELETE VARIABLES ALL.").indexOf('\u2028'));
    }
}
