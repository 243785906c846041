package nl.betrokken.common.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns a well-formed XHTML document (a Qute template written for print, with CSS paged media:
 * {@code @page} margin boxes, running headers and footers) into a PDF: inline SVG charts are drawn
 * as vectors, right-to-left text is reordered and Arabic shaped, and every glyph comes from the
 * embedded DejaVu Sans, bundled in the application (src/main/resources/fonts, from Debian's
 * fonts-dejavu-core) so no machine needs fonts installed. The PDF is tagged (PDF/UA), so a screen
 * reader follows its headings and tables; the template's title and lang become the document's.
 * Nothing outside the document is loaded:
 * no style sheet, image or font from an address, whatever the document says.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String TYPE = "application/pdf";

    /** The font family the print templates ask for. */
    public static final String FONT = "DejaVu Sans";

    private static final Set<BaseRendererBuilder.FSFontUseCase> EVERYWHERE = EnumSet.of(
            BaseRendererBuilder.FSFontUseCase.DOCUMENT,
            BaseRendererBuilder.FSFontUseCase.SVG,
            BaseRendererBuilder.FSFontUseCase.FALLBACK_PRE,
            BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL);

    static {
        // openhtmltopdf says at INFO what it does for every document; only its warnings are worth a log line
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final File regular;
    private final File bold;

    public PdfRenderer() {
        try {
            // Batik draws the charts' text from font files, so the bundled fonts are copied out once
            Path folder = Files.createTempDirectory("betrokken-fonts-");
            folder.toFile().deleteOnExit();
            regular = copy(folder, "DejaVuSans.ttf");
            bold = copy(folder, "DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF fonts could not be prepared: " + e.getMessage(), e);
        }
    }

    private static File copy(Path folder, String name) throws IOException {
        try (InputStream font = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
            if (font == null) {
                throw new IOException("fonts/" + name + " is missing from the application");
            }
            Path file = folder.resolve(name);
            Files.copy(font, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file.toFile();
        }
    }

    /** The PDF of a well-formed XHTML document; an error in the document is an IllegalStateException. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try (BatikSVGDrawer svg = new BatikSVGDrawer(
                BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    // tagged for screen readers (PDF/UA): headings, tables and reading order as in the XHTML
                    .usePdfUaAccessibility(true)
                    .withProducer("Betrokken")
                    .withHtmlContent(xhtml, null)
                    .useFont(regular, FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true, EVERYWHERE)
                    .useFont(bold, FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true, EVERYWHERE)
                    .useSVGDrawer(svg)
                    .addDOMMutator(PdfRenderer::describeCharts)
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The PDF could not be made: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    /**
     * A chart's text alternative in the tagged PDF: its SVG title and description, which the page's
     * screen reader reads through aria-labelledby, become the alt text PDF/UA asks of a figure.
     */
    static void describeCharts(Document document) {
        NodeList charts = document.getElementsByTagNameNS("*", "svg");
        for (int i = 0; i < charts.getLength(); i++) {
            Element chart = (Element) charts.item(i);
            if (chart.hasAttribute("alt")) {
                continue;
            }
            StringBuilder alt = new StringBuilder();
            for (Node child = chart.getFirstChild(); child != null; child = child.getNextSibling()) {
                String name = child.getLocalName() == null ? child.getNodeName() : child.getLocalName();
                if (child instanceof Element && (name.equals("title") || name.equals("desc"))) {
                    alt.append(alt.isEmpty() ? "" : ". ")
                            .append(child.getTextContent().strip());
                }
            }
            chart.setAttribute("alt", alt.isEmpty() ? "Grafiek; de cijfers staan in de tabel" : alt.toString());
        }
    }
}
