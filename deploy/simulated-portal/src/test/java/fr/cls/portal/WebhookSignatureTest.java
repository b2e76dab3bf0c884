package fr.cls.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    final WebhookSignature signature = new WebhookSignature(SECRET);
    final Instant now = Instant.ofEpochSecond(1_764_000_000L);

    @Test
    void acceptsItsOwnSignatureAmongSeveralDuringARotation() {
        String body = "{\"type\":\"cls.funding.request-decided.v1\"}";
        String signed = signature.sign("msg_1", now.getEpochSecond(), body);
        assertThat(signed).startsWith("v1,");
        assertThat(signature.verify("msg_1", Long.toString(now.getEpochSecond()), "v1,b2xkLXNlY3JldA== " + signed, body, now)).isTrue();
    }

    @Test
    void refusesATamperedBodyAnotherIdOrAStaleTimestamp() {
        String body = "{\"outcome\":\"GRANTED\"}";
        String signed = signature.sign("msg_1", now.getEpochSecond(), body);
        String at = Long.toString(now.getEpochSecond());
        assertThat(signature.verify("msg_1", at, signed, "{\"outcome\":\"REFUSED\"}", now)).isFalse();
        assertThat(signature.verify("msg_2", at, signed, body, now)).isFalse();
        assertThat(signature.verify("msg_1", at, signed, body, now.plusSeconds(600))).isFalse();
        assertThat(signature.verify("msg_1", at, null, body, now)).isFalse();
    }
}
