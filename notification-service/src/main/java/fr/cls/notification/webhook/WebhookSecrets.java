package fr.cls.notification.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets are {@code whsec_} + base64 of 24 to 64 random bytes, as Standard Webhooks libraries expect. */
final class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** A client-provided secret (e.g. one a portal is preconfigured with), or a new one when none is given. */
    static String acceptOrGenerate(String provided, String field) {
        if (provided == null) {
            return generate();
        }
        if (!provided.startsWith(PREFIX)) {
            throw new InvalidWebhookException(field, "secret-format", "the secret must start with " + PREFIX, PREFIX);
        }
        byte[] key;
        try {
            key = key(provided);
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhookException(field, "secret-format", "the secret after " + PREFIX + " must be base64", PREFIX);
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new InvalidWebhookException(field, "secret-length",
                    "the secret must hold " + MIN_BYTES + " to " + MAX_BYTES + " bytes", MIN_BYTES, MAX_BYTES);
        }
        return provided;
    }

    static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    }
}
