package nl.betrokken.common.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.betrokken.testing.PdfText;
import org.junit.jupiter.api.Test;

/** The renderer on its own: every script the questionnaires use, a chart with its alt text, nothing from outside. */
class PdfRendererTest {

    private static final String DOCUMENT = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Proef</title><meta name="subject" content="Proef"/>
            <style>body { font-family: 'DejaVu Sans'; }</style></head><body>
            <h1>Ouders – Eltern – Veliler – Rodzice</h1>
            <p>ë ç ğ ı ş ż ł ó</p>
            <p dir="rtl">مرحبا بالوالدين</p>
            <img src="http://127.0.0.1:9/tracker.png" alt="niet geladen"/>
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20"><title>Titel</title>
            <desc>Beschrijving</desc><rect x="0" y="0" width="50" height="20" fill="#1b6e3a"/></svg>
            </body></html>
            """;

    @Test
    void everyGlyphComesFromTheEmbeddedFont() throws Exception {
        PdfText pdf = PdfText.of(new PdfRenderer().render(DOCUMENT));
        assertTrue(pdf.text().contains("Ouders – Eltern – Veliler – Rodzice"), pdf.text());
        assertTrue(pdf.text().contains("ë ç ğ ı ş ż ł ó"), pdf.text());
        assertTrue(
                pdf.fonts().stream().allMatch(f -> f.endsWith("DejaVuSans") || f.endsWith("DejaVuSans-Bold")),
                pdf.fonts().toString());
        assertEquals("Proef", pdf.title());
    }

    @Test
    void aChartGetsItsTitleAndDescriptionAsAltText() throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(DOCUMENT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        PdfRenderer.describeCharts(document);
        assertEquals(
                "Titel. Beschrijving",
                ((org.w3c.dom.Element)
                                document.getElementsByTagNameNS("*", "svg").item(0))
                        .getAttribute("alt"));
    }

    @Test
    void aDocumentThatIsNotWellFormedIsAnError() {
        assertThrows(IllegalStateException.class, () -> new PdfRenderer().render("<html><p>open</html>"));
    }
}
