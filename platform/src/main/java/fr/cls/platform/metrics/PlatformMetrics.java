package fr.cls.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The platform's counters (docs/operations.md, "Metrics and alerts"). Tags are low-cardinality: rule codes, topics
 * and consumer names, never ids or tenants.
 */
public class PlatformMetrics {

    private final MeterRegistry registry;

    public PlatformMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts in a registry of its own, for code built outside a Spring context (unit tests). */
    public static PlatformMetrics standalone() {
        return new PlatformMetrics(new SimpleMeterRegistry());
    }

    /** An event a consumer had already processed, absorbed by the inbox. */
    public void duplicateAbsorbed(String consumer) {
        Counter.builder("cls.inbox.duplicates").description("Redelivered events the inbox absorbed")
                .tag("consumer", consumer).register(registry).increment();
    }

    /** A message parked on a dead-letter topic after its retries (or at once, for a poison message). */
    public void deadLetterSent(String topic, String consumer) {
        Counter.builder("cls.deadletters.sent").description("Messages parked on a dead-letter topic")
                .tag("topic", topic).tag("consumer", consumer == null ? "unknown" : consumer)
                .register(registry).increment();
    }

    /** A business rule refused a request (answered 409). */
    public void ruleRefused(String rule) {
        Counter.builder("cls.rule.refusals").description("Requests a business rule refused")
                .tag("rule", rule).register(registry).increment();
    }
}
