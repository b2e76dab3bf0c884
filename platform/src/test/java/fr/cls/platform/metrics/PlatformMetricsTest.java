package fr.cls.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Each figure is counted under its own tags, so one rule, topic or consumer can be told from another. */
class PlatformMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PlatformMetrics metrics = new PlatformMetrics(registry);

    @Test
    void refusalsAreCountedPerRule() {
        metrics.ruleRefused("cap-per-year");
        metrics.ruleRefused("cap-per-year");
        metrics.ruleRefused("known-codes");

        assertThat(registry.get("cls.rule.refusals").tag("rule", "cap-per-year").counter().count()).isEqualTo(2);
        assertThat(registry.get("cls.rule.refusals").tag("rule", "known-codes").counter().count()).isEqualTo(1);
    }

    @Test
    void deadLettersAreCountedPerTopicAndConsumerEvenWhenTheConsumerIsUnknown() {
        metrics.deadLetterSent("cls.contract.events.DLT", "funding-service");
        metrics.deadLetterSent("cls.contract.events.DLT", null);

        assertThat(registry.get("cls.deadletters.sent").tags("topic", "cls.contract.events.DLT", "consumer", "funding-service")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("cls.deadletters.sent").tag("consumer", "unknown").counter().count()).isEqualTo(1);
    }

    @Test
    void duplicatesAreCountedPerConsumer() {
        metrics.duplicateAbsorbed("notes");

        assertThat(registry.get("cls.inbox.duplicates").tag("consumer", "notes").counter().count()).isEqualTo(1);
    }
}
