package fr.cls.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A generated PDF read back for assertions: its text (no-break spaces as plain spaces, so "25 000,00 €" is written
 * with ordinary spaces in a test), title, page count, fonts and PDF/A metadata.
 *
 * @param text the text of all pages, lines as laid out
 * @param pages the page count
 * @param title the Info title
 * @param xmp the XMP metadata packet ("" when absent)
 * @param unembeddedFonts the names of fonts used but not embedded (empty for a document that may become PDF/A)
 */
public record PdfText(String text, int pages, String title, String xmp, List<String> unembeddedFonts) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In reading order: a line made of several spans comes out as one line.
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
            List<String> unembedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        unembedded.add(font.getName());
                    }
                }
            }
            var metadata = document.getDocumentCatalog().getMetadata();
            String xmp = metadata == null ? "" : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            return new PdfText(text, document.getNumberOfPages(), document.getDocumentInformation().getTitle(), xmp,
                    List.copyOf(unembedded));
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** The text with every run of white space (line breaks included) as one space: for phrases a line may break. */
    public String flat() {
        return text.replaceAll("\\s+", " ");
    }
}
