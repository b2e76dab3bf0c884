package fr.cls.governance.contractref;

import fr.cls.contractref.ContractReferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@Import(TestInfrastructure.class)
class ContractReferencesIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Autowired
    ContractReferences references;

    @Test
    void learnsOfANewContractAndItsTransitionsFromEventsAndShowsItOnlyToItsOwner() throws Exception {
        UUID contractId = UUID.randomUUID();
        ContractInitiatedV1 data = new ContractInitiatedV1(contractId, "CLS", "CLS de La Seyne-sur-Mer",
                "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2015, 6, 1));
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contractId.toString(), OffsetDateTime.now(), "application/json", "ars-paca",
                "test", json.valueToTree(data));

        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs("ars-paca",
                () -> references.statusOf(contractId)).isPresent());
        assertThat(TenantContext.callAs("ars-paca", () -> references.statusOf(contractId)))
                .contains("LETTER_OF_INTENT_RECEIVED");
        assertThat(TenantContext.callAs("cd-53", () -> references.statusOf(contractId))).isEmpty();

        ContractTransitionedV1 framing = new ContractTransitionedV1(contractId, "CLS", "CLS de La Seyne-sur-Mer",
                "LETTER_OF_INTENT_RECEIVED", "FRAMING", LocalDate.of(2015, 6, 2), null, null, null, null);
        EventEnvelope transition = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractTransitionedV1.typeOf("framing-started"), contractId.toString(), OffsetDateTime.now(),
                "application/json", "ars-paca", "test", json.valueToTree(framing));
        kafka.send(ContractEvents.TOPIC, transition.subject(), codec.encode(transition)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs("ars-paca",
                () -> references.statusOf(contractId)).orElse("").equals("FRAMING"));
    }
}
