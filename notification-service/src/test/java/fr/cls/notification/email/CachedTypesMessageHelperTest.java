package fr.cls.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;

import org.junit.jupiter.api.Test;

class CachedTypesMessageHelperTest {

    private final Session session = Session.getInstance(new Properties());

    @Test
    void sharesOneFileTypeMapBetweenMessages() throws Exception {
        CachedTypesMessageHelper first = new CachedTypesMessageHelper(new MimeMessage(session), "UTF-8");
        CachedTypesMessageHelper second = new CachedTypesMessageHelper(new MimeMessage(session), "UTF-8");

        assertThat(first.getFileTypeMap()).isSameAs(second.getFileTypeMap());
        assertThat(first.getFileTypeMap().getContentType("convention.pdf")).isEqualTo("application/pdf");
    }

    @Test
    void namesAngusMailsStreamProviderSoNoPartScansTheClassPath() {
        CachedTypesMessageHelper.nameStreamProvider();

        assertThat(System.getProperty(CachedTypesMessageHelper.STREAM_PROVIDER_PROPERTY))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }
}
