package fr.cls.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    @Test
    void theRedeliveryDelayDoublesAfterEachFailedDispatchUpToItsMaximum() {
        WebhookSettings.Backoff backoff = new WebhookSettings.Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(500)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void everySettingHasAProductionDefault() {
        WebhookSettings defaults = new WebhookSettings(null, null, null, null, null, null, null, null, null, null, null);

        assertThat(defaults.retry().maxAttempts()).isEqualTo(3);
        assertThat(defaults.deadAfter()).isEqualTo(12);
        assertThat(defaults.circuit().waitInOpen()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.rotationOverlap()).isEqualTo(Duration.ofHours(24));
    }
}
