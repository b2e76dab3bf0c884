package fr.cls.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DossierBookTest {

    @Test
    void aChangeArrivingAfterANewerOneIsIgnored() {
        DossierBook book = new DossierBook();
        book.filed(new DossierBook.Dossier("FIR-1", UUID.randomUUID(), "cls", 2026, new BigDecimal("20000"), "RECEIVED", 1));
        assertThat(book.apply("FIR-1", "GRANTED", 3)).isTrue();
        assertThat(book.apply("FIR-1", "UNDER_INSTRUCTION", 2)).as("older, arrived late").isFalse();
        assertThat(book.apply("FIR-1", "GRANTED", 3)).as("the same, twice").isFalse();
        assertThat(book.find("FIR-1").orElseThrow().status()).isEqualTo("GRANTED");
    }

    @Test
    void countsTheWebhooksReceivedAboutADossierWhateverTheirOrder() {
        DossierBook book = new DossierBook();
        book.filed(new DossierBook.Dossier("FIR-2", UUID.randomUUID(), "cls", 2026, new BigDecimal("20000"), "RECEIVED", 1));
        book.webhookReceived("FIR-2");
        book.apply("FIR-2", "GRANTED", 3);
        book.webhookReceived("FIR-2");
        book.webhookReceived("FIR-unknown");

        assertThat(book.find("FIR-2").orElseThrow().webhooks()).isEqualTo(2);
        assertThat(book.find("FIR-2").orElseThrow().status()).isEqualTo("GRANTED");
        assertThat(book.find("FIR-unknown")).isEmpty();
    }
}
