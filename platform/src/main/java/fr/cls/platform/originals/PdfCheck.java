package fr.cls.platform.originals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import fr.cls.platform.domain.InvalidFieldException;

/**
 * Whether a file is a PDF an agent can open and keep, judged by its content, never by its name or declared type: not
 * empty, within the size limit (413 beyond), starting with the {@code %PDF-} header, parsed by PDFBox with at least one
 * page, and not encrypted (an original that needs a password, or whose permissions may lock it, cannot be archived).
 */
final class PdfCheck {

    static final String FIELD = "file";
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfCheck() {
    }

    static void check(byte[] content, DataSize maxSize) {
        if (content == null || content.length == 0) {
            throw new InvalidFieldException(FIELD, "original-file-empty", "the file is empty");
        }
        if (content.length > maxSize.toBytes()) {
            // the service's multipart limit answers first when the two agree; this one holds when they do not
            throw new MaxUploadSizeExceededException(maxSize.toBytes());
        }
        if (content.length < HEADER.length || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new InvalidFieldException(FIELD, "original-not-pdf",
                    "the file is not a PDF: its content does not start with %PDF-");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw encrypted();
            }
            if (document.getNumberOfPages() < 1) {
                throw unreadable();
            }
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFieldException invalid) {
                throw invalid;
            }
            throw unreadable();
        }
    }

    private static InvalidFieldException encrypted() {
        return new InvalidFieldException(FIELD, "original-encrypted-pdf",
                "the PDF is encrypted or password-protected: upload it without protection");
    }

    private static InvalidFieldException unreadable() {
        return new InvalidFieldException(FIELD, "original-unreadable-pdf",
                "the file starts like a PDF but cannot be read as one (damaged or truncated?)");
    }
}
