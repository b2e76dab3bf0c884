package fr.cls.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cls.platform.test.PdfText;

class PdfDocumentsTest {

    record Line(int year, BigDecimal amount) {
    }

    private static DocumentRequest letter(String tenant, String recipient) {
        return new DocumentRequest(tenant, "test-letter", "Convention de financement", LocalDate.of(2027, 3, 12),
                Map.of("recipient", recipient, "issuer", "ARS Bretagne",
                        "lines", List.of(new Line(2027, new BigDecimal("25000")), new Line(2028, new BigDecimal("12500.5")))));
    }

    private final PdfDocuments documents = new HtmlPdfDocuments(new DocumentTemplates(null));

    @Test
    void rendersTheTemplateWithFrenchMoneyAndDates() {
        PdfText pdf = PdfText.of(documents.render(letter("ars-bretagne", "Communauté de communes du Pays de Lesneven")));

        assertThat(pdf.text()).contains("ARS Bretagne", "Convention de financement", "Le 12 mars 2027",
                "Communauté de communes du Pays de Lesneven", "2027 25 000,00 €", "2028 12 500,50 €", "Page 1 sur 1");
        assertThat(pdf.title()).isEqualTo("Convention de financement");
    }

    @Test
    void givesTheSameBytesForTheSameData() {
        byte[] first = documents.render(letter("ars-bretagne", "Commune de Brest"));
        byte[] second = new HtmlPdfDocuments(new DocumentTemplates(null)).render(letter("ars-bretagne", "Commune de Brest"));

        assertThat(second).isEqualTo(first);
        assertThat(documents.render(letter("ars-bretagne", "Commune de Morlaix"))).isNotEqualTo(first);
    }

    @Test
    void isPdfA2bWithEmbeddedFonts() {
        PdfText pdf = PdfText.of(documents.render(letter("ars-bretagne", "Commune de Brest")));

        assertThat(pdf.unembeddedFonts()).isEmpty();
        assertThat(pdf.xmp()).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                "2027-03-12T00:00:00+01:00");
    }

    @Test
    void escapesTheDataItWrites() {
        PdfText pdf = PdfText.of(documents.render(letter("ars-bretagne", "<b>Brest</b> & \"Quimper\"")));

        assertThat(pdf.text()).contains("<b>Brest</b> & \"Quimper\"");
    }

    @Test
    void aTenantsOverridesReplaceTheTemplateAndTheLetterheadForThatTenantOnly(@TempDir Path overrides) throws IOException {
        Files.createDirectories(overrides.resolve("ars-paca"));
        Files.writeString(overrides.resolve("ars-paca/letterhead.html"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <div th:fragment="letterhead">Délégation départementale des Bouches-du-Rhône</div>
                </body></html>
                """);
        PdfDocuments withOverrides = new HtmlPdfDocuments(new DocumentTemplates(overrides));

        assertThat(PdfText.of(withOverrides.render(letter("ars-paca", "Commune de Martigues"))).text())
                .contains("Délégation départementale des Bouches-du-Rhône", "Commune de Martigues")
                .doesNotContain("ARS Bretagne");
        assertThat(PdfText.of(withOverrides.render(letter("ars-bretagne", "Commune de Brest"))).text())
                .contains("ARS Bretagne").doesNotContain("Délégation");

        Files.writeString(overrides.resolve("ars-paca/test-letter.html"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <p>Courrier de la délégation pour <span th:text="${recipient}">x</span></p>
                </body></html>
                """);
        assertThat(PdfText.of(new HtmlPdfDocuments(new DocumentTemplates(overrides)).render(letter("ars-paca", "Apt"))).text())
                .contains("Courrier de la délégation pour Apt");
    }

    @Test
    void refusesNamesThatCouldLeaveTheOverrideDirectory() {
        assertThatThrownBy(() -> letter("../etc", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentRequest("ars-paca", "../../secret", "t", LocalDate.of(2027, 1, 1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsMoneyNumbersAndDatesTheFrenchWay() {
        DocumentFormat fmt = DocumentFormat.FRENCH;
        assertThat(fmt.money(new BigDecimal("1234567.891")).replace('\u00A0', ' ')).isEqualTo("1 234 567,89 €");
        assertThat(fmt.money(new BigDecimal("-50")).replace('\u00A0', ' ')).isEqualTo("-50,00 €");
        assertThat(fmt.number(new BigDecimal("0.50"))).isEqualTo("0,5");
        assertThat(fmt.number(new BigDecimal("12000")).replace('\u00A0', ' ')).isEqualTo("12 000");
        assertThat(fmt.date(LocalDate.of(2027, 8, 1))).isEqualTo("1 août 2027");
        assertThat(fmt.time(java.time.LocalTime.of(14, 30))).isEqualTo("14 h 30");
        assertThat(fmt.money(null)).isEmpty();
    }
}
