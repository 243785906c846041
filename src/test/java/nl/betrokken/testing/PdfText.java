package nl.betrokken.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/** A downloaded PDF as PDFBox reads it: the text of each page, whitespace folded, and its fonts. */
public record PdfText(List<String> pages, Set<String> fonts, String title) {

    /** Reads a 200 response that must be a PDF attachment. */
    public static PdfText of(Response download) throws IOException {
        assertEquals(200, download.statusCode(), download.asString());
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        assertTrue(download.header("Content-Disposition").contains(".pdf"), download.header("Content-Disposition"));
        byte[] pdf = download.asByteArray();
        // kept for a person to look at: target/test-pdfs/<the download's name>
        String name = download.header("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1");
        Path folder = Path.of("target", "test-pdfs");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
        return of(pdf);
    }

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            Set<String> fonts = new TreeSet<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(fold(stripper.getText(document)));
                PDPage page = document.getPage(i - 1);
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name).getName());
                }
            }
            return new PdfText(pages, fonts, document.getDocumentInformation().getTitle());
        }
    }

    /**
     * Every run of whitespace as one space, so a line the PDF wrapped reads as the page's text; and none after a hyphen or dash glued to a word: the PDF breaks long cells after them ("2015-" at
     * the end of a line, "2016" on the next), which its text gives back as a space. Folded the same way on both
     * sides, a page's text and the PDF's compare equal.
     */
    public static String fold(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ")
                .replaceAll("(?<=\\S[-\\u2013]) ", "")
                .strip();
    }

    public String text() {
        return String.join(" ", pages);
    }
}
