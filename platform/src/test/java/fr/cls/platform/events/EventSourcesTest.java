package fr.cls.platform.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

class EventSourcesTest {

    final EventSources sources = new EventSources(Map.of("cls.contract.events", "/contract-service"));

    @Test
    void anEventFromTheTopicsProducerIsAccepted() {
        assertThatCode(() -> sources.verify("cls.contract.events", from("/contract-service"))).doesNotThrowAnyException();
    }

    @Test
    void anEventClaimingAnotherSourceIsPoisonNamingBothSources() {
        assertThatThrownBy(() -> sources.verify("cls.contract.events", from("/funding-service")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("source /funding-service is not the producer of cls.contract.events (/contract-service)");
    }

    @Test
    void anEventOnATopicWithNoKnownProducerIsPoison() {
        assertThatThrownBy(() -> sources.verify("cls.unknown.events", from("/contract-service")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("no producer configured");
    }

    private static EventEnvelope from(String source) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, "cls.contract.profile.v1",
                UUID.randomUUID().toString(), OffsetDateTime.now(), "application/json", "ars-paca", null,
                JsonNodeFactory.instance.objectNode());
    }
}
