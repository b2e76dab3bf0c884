package fr.cls.funding.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventsAutoConfiguration;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, point 9: a record on contract-service's topic that another service wrote (here claiming to come from
 * governance-service) must not open a contract's financing plan to the tenant it names as a party.
 */
@SpringBootTest
@Import(TestInfrastructure.class)
class ForgedSourceIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Autowired
    ContractProfiles profiles;

    @Test
    void aContractProfileNotFromContractServiceIsParkedOnTheDeadLetterTopicWithTheReasonAndNeverStored() throws Exception {
        UUID forged = UUID.randomUUID();
        UUID genuine = UUID.randomUUID();
        try (TopicReader deadLetters = new TopicReader(consumers, ContractEvents.TOPIC + EventsAutoConfiguration.DEAD_LETTER_SUFFIX)) {
            send(profile(forged, "/governance-service"));
            send(profile(genuine, "/contract-service"));

            List<ConsumerRecord<String, String>> parked = deadLetters.awaitMatching(r -> forged.toString().equals(r.key()));

            assertThat(parked).allSatisfy(record -> assertThat(header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .contains("source /governance-service is not the producer of cls.contract.events"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TenantContext.callAs("ars-paca", () -> profiles.find(genuine)).isPresent());
        assertThat(TenantContext.callAs("ars-paca", () -> profiles.find(forged))).isEmpty();
        assertThat(TenantContext.callAs("cd-53", () -> profiles.find(forged))).isEmpty();
    }

    private EventEnvelope profile(UUID contract, String source) {
        ContractProfileV1 data = new ContractProfileV1(contract, "CLS", "CLS de Laval", "IN_FORCE", LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31), "EPCI", 50_000L, List.of("53"), List.of("53130"), List.of("ars-paca", "cd-53"),
                List.of());
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, ContractProfileV1.TYPE,
                contract.toString(), OffsetDateTime.now(), "application/json", "ars-paca", "test", json.valueToTree(data));
    }

    private void send(EventEnvelope event) throws Exception {
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
