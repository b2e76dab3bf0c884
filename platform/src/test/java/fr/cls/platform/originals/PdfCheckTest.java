package fr.cls.platform.originals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.test.TestPdfs;

class PdfCheckTest {

    private static final DataSize LIMIT = DataSize.ofMegabytes(1);

    @Test
    void acceptsAReadableUnencryptedPdf() {
        assertThatCode(() -> PdfCheck.check(TestPdfs.signed("Contrat local de santé de Laval"), LIMIT)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmptyFile() {
        assertRule(new byte[0], "original-file-empty");
    }

    @Test
    void refusesAPngRenamedPdfAndAnHtmlPageByTheirContent() {
        assertRule(TestPdfs.png(), "original-not-pdf");
        assertRule(TestPdfs.html(), "original-not-pdf");
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAPdf() {
        assertRule(TestPdfs.truncated(), "original-unreadable-pdf");
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        assertRule(TestPdfs.encrypted("Convention"), "original-encrypted-pdf");
    }

    @Test
    void refusesAFileBeyondTheLimitWithPayloadTooLarge() {
        byte[] big = TestPdfs.ofSize("Délibération", (int) LIMIT.toBytes() + 1);

        assertThatThrownBy(() -> PdfCheck.check(big, LIMIT)).isInstanceOf(MaxUploadSizeExceededException.class);
    }

    @Test
    void hashesAndNamesFilesPlainly() {
        assertThat(Originals.sha256("abc".getBytes())).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Originals.fileName("C:\\Users\\agent\\contrat\u0007 signé.pdf")).isEqualTo("contrat signé.pdf");
        assertThat(Originals.fileName("  ")).isEqualTo("original.pdf");
    }

    private static void assertRule(byte[] content, String rule) {
        assertThatThrownBy(() -> PdfCheck.check(content, LIMIT)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.field()).isEqualTo("file");
                });
    }
}
