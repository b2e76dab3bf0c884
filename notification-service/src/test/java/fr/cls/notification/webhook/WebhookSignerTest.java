package fr.cls.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cls.platform.outbound.HostResolver;
import fr.cls.platform.outbound.OutboundGuard;
import fr.cls.platform.outbound.OutboundSettings;

class WebhookSignerTest {

    @Test
    void signsLikeTheStandardWebhooksReferenceVector() {
        // The test vector published with the Standard Webhooks reference libraries.
        String signature = WebhookSigner.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}",
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEverySecretSpaceSeparatedDuringARotation() {
        String both = WebhookSigner.sign("id-1", 1700000000, "{}", List.of(WebhookSecrets.generate(), WebhookSecrets.generate()));

        assertThat(both.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
    }

    @Test
    void thePreviousSecretSignsUntilItsExpiryOnly() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        WebhookEndpoint endpoint = WebhookEndpoint.create("ars-ara", "https://portal.example/hooks", "*", null,
                "whsec_old", now);
        endpoint.rotate("whsec_new", now.plusSeconds(3600), now);

        assertThat(endpoint.signingSecrets(now.plusSeconds(3599))).containsExactly("whsec_new", "whsec_old");
        assertThat(endpoint.signingSecrets(now.plusSeconds(3600))).containsExactly("whsec_new");
    }

    @Test
    void acceptsTheSimulatedPortalsSecretAndRefusesMalformedOnes() {
        String portal = "whsec_c2ltdWxhdGVkLXBvcnRhbC1kZW1vLXNlY3JldA==";

        assertThat(WebhookSecrets.acceptOrGenerate(portal, "secret")).isEqualTo(portal);
        assertThat(WebhookSecrets.acceptOrGenerate(null, "secret")).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThatThrownBy(() -> WebhookSecrets.acceptOrGenerate("c2VjcmV0", "secret"))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> WebhookSecrets.acceptOrGenerate("whsec_c2hvcnQ=", "secret"))
                .isInstanceOf(InvalidWebhookException.class).extracting("rule").isEqualTo("secret-length");
        assertThatThrownBy(() -> WebhookSecrets.acceptOrGenerate("whsec_%%%", "secret"))
                .isInstanceOf(InvalidWebhookException.class).extracting("rule").isEqualTo("secret-format");
    }

    @Test
    void matchesExactTypesPrefixesAndEverything() {
        assertThat(EventTypePatterns.matches("cls.funding.*", "cls.funding.request-decided.v1")).isTrue();
        assertThat(EventTypePatterns.matches("cls.funding.*", "cls.contract.initiated.v1")).isFalse();
        assertThat(EventTypePatterns.matches("cls.contract.initiated.v1 cls.governance.*", "cls.contract.initiated.v1")).isTrue();
        assertThat(EventTypePatterns.matches("*", "cls.governance.meeting-convened.v1")).isTrue();
        assertThatThrownBy(() -> EventTypePatterns.validate(List.of("cls.*.x"))).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> EventTypePatterns.validate(List.of())).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrls() {
        OutboundGuard guard = new OutboundGuard(new OutboundSettings(List.of("127.0.0.1"), List.of()), HostResolver.system());
        assertThat(WebhookUrls.validate("https://portal.example/hooks?tenant=ara", guard)).isEqualTo("https://portal.example/hooks?tenant=ara");
        assertThat(WebhookUrls.validate("http://127.0.0.1:8090/webhooks", guard)).isEqualTo("http://127.0.0.1:8090/webhooks");
        for (String bad : List.of("ftp://portal.example/x", "/webhooks", "portal.example/hooks", "https://", "not a url",
                "https://user:pw@portal.example/x", "", "http://portal.example/hooks",
                "https://localhost:8084/actuator")) {
            assertThatThrownBy(() -> WebhookUrls.validate(bad, guard)).as(bad).isInstanceOf(InvalidWebhookException.class)
                    .extracting("field").isEqualTo("url");
        }
    }
}
