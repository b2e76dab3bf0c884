package fr.cls.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What a receiver does, written apart from the production signer: recompute, compare in constant time. */
final class StandardWebhookVerifier {

    private StandardWebhookVerifier() {
    }

    /** How many of the space-separated signatures the secret validates. */
    static long validSignatures(String secret, String id, String timestamp, String body, String signatureHeader) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(signatureHeader.trim().split(" "))
                    .filter(candidate -> candidate.startsWith("v1,"))
                    .filter(candidate -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3))))
                    .count();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
