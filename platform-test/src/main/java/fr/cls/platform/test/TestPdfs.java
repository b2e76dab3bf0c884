package fr.cls.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real PDFs (and things that only look like one) for the signed originals' tests. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF showing {@code text}. */
    public static byte[] signed(String text) {
        return write(document(text), null);
    }

    /** A PDF of about {@code bytes} bytes: one page and an uncompressed stream of filler. */
    public static byte[] ofSize(String text, int bytes) {
        try (PDDocument document = document(text)) {
            byte[] filler = new byte[bytes];
            java.util.Arrays.fill(filler, (byte) 'x');
            PDStream stream = new PDStream(document, new java.io.ByteArrayInputStream(filler));
            document.getDocumentCatalog().getCOSObject().setItem("ClsFiller", stream.getCOSObject());
            return write(document, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a password to open. */
    public static byte[] encrypted(String text) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return write(document(text), policy);
    }

    /** A PNG's first bytes: what a picture renamed {@code .pdf} starts with. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    /** An HTML page. */
    public static byte[] html() {
        return "<!doctype html><html><body>Contrat signé</body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF header followed by nothing a PDF reader can use. */
    public static byte[] truncated() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
    }

    private static PDDocument document(String text) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static byte[] write(PDDocument document, StandardProtectionPolicy policy) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (policy != null) {
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
