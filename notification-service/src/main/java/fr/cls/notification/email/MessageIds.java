package fr.cls.notification.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Message-ID of an email, derived from what makes it one delivery (tenant, event, recipient), so an email
 * sent again after a crash carries the same Message-ID as the first copy and mail clients can recognise it.
 */
final class MessageIds {

    private static final String FALLBACK_DOMAIN = "notifications.cls.local";

    private MessageIds() {
    }

    /**
     * @param sourceKey the event the email tells of
     * @param from the configured sender address; its domain ends the Message-ID
     */
    static String of(String tenant, String sourceKey, String recipientIssuer, String recipient, String from) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // Length-prefixed parts: no two different identities hash the same input.
        for (String part : new String[] { tenant, sourceKey, recipientIssuer == null ? "" : recipientIssuer, recipient }) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sha256.update(bytes);
        }
        return "<" + HexFormat.of().formatHex(sha256.digest()) + "@" + domain(from) + ">";
    }

    private static String domain(String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[>\\s]", "");
        return domain.matches("[A-Za-z0-9.-]+") ? domain : FALLBACK_DOMAIN;
    }
}
