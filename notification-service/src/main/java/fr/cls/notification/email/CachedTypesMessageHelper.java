package fr.cls.notification.email;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A {@link MimeMessageHelper} that shares one file-type map. Spring's builds a new one for every message not made by
 * its sender, reading every {@code mime.types} on the class path; and Jakarta Mail finds its stream provider with a
 * class-path scan for every part unless it is named. Both scans together were 37 % of notification-service's CPU
 * while it sent an email per event (docs/benchmarks.md).
 */
final class CachedTypesMessageHelper extends MimeMessageHelper {

    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    private static final FileTypeMap TYPES = fileTypes();

    CachedTypesMessageHelper(MimeMessage message, String encoding) throws MessagingException {
        super(message, true, encoding);
    }

    /** Angus Mail's provider, the one its service file names: a class lookup instead of a ServiceLoader scan. */
    static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Override
    protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
        return TYPES;
    }

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
        types.afterPropertiesSet();
        return types;
    }
}
