package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ContractInitiationIntegrationTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    JsonMapper json;

    HttpTestClient paca() {
        return as("ars-paca", Roles.ARS_AGENT);
    }

    @Test
    void initiatingAContractCommitsItWithItsEventWhichReachesKafka() {
        HttpTestClient.Response created = paca().with("X-Correlation-Id", "corr-42").post("/api/v1/contracts",
                Map.of("kind", "CLS", "title", "CLS de Martigues", "letterOfIntentReceivedOn", "2015-06-01"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/contracts/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("LETTER_OF_INTENT_RECEIVED");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = ? and event_type = ?",
                Integer.class, id, ContractInitiatedV1.TYPE)).isEqualTo(1);

        try (TopicReader reader = new TopicReader(consumers, ContractEvents.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitMatching(r -> id.equals(r.key())).get(0);
            JsonNode envelope = json.readTree(record.value());
            assertThat(envelope.get("type").asString()).isEqualTo("cls.contract.initiated.v1");
            assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
            assertThat(envelope.get("tenantid").asString()).isEqualTo("ars-paca");
            assertThat(envelope.get("correlationid").asString()).isEqualTo("corr-42");
            assertThat(envelope.get("subject").asString()).isEqualTo(id);
            assertThat(envelope.get("data").get("title").asString()).isEqualTo("CLS de Martigues");
            assertThat(envelope.get("data").get("letterOfIntentReceivedOn").asString()).isEqualTo("2015-06-01");
        }
    }

    @Test
    void refusesAContractWithoutTitleOrKindNamingTheFieldsAndRecordsNothing() {
        int contractsBefore = count("contract");
        int eventsBefore = count("outbox_event");

        HttpTestClient.Response refused = paca().post("/api/v1/contracts", Map.of("title", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "kind");
        assertThat(count("contract")).isEqualTo(contractsBefore);
        assertThat(count("outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void refusesALetterOfIntentDatedInTheFutureNamingTheRule() {
        HttpTestClient.Response refused = paca().post("/api/v1/contracts",
                Map.of("kind", "CLSM", "title", "CLSM de Toulon", "letterOfIntentReceivedOn", "2999-01-01"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("violations").get(0).get("rule").asString())
                .isEqualTo("letter-of-intent-not-in-future");
    }

    @Test
    void anotherTenantCannotSeeTheContract() {
        String id = paca().post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS d'Apt"))
                .json().get("id").asString();

        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);

        assertThat(bretagne.get("/api/v1/contracts/" + id).status()).isEqualTo(404);
        assertThat(bretagne.get("/api/v1/contracts").json().get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(paca().get("/api/v1/contracts/" + id).status()).isEqualTo(200);
    }

    @Test
    void anUnknownContractIdAnswersNotFoundAsProblem() {
        HttpTestClient.Response missing = paca().get("/api/v1/contracts/" + UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRequestWithoutTokenIsRefusedAsProblem() {
        HttpTestClient.Response refused = anonymous().get("/api/v1/contracts");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokensFromAnUntrustedIssuerForAnUnknownTenantOrExpiredAreRefused() {
        HttpTestClient api = anonymous();
        try (TestIssuer stranger = TestIssuer.untrusted()) {
            assertThat(api.with("Authorization", stranger.bearer("ars-paca", Roles.ARS_AGENT))
                    .get("/api/v1/contracts").status()).isEqualTo(401);
        }
        assertThat(api.with("Authorization", TestIssuer.trusted().bearer("ars-nowhere", Roles.ARS_AGENT))
                .get("/api/v1/contracts").status()).isEqualTo(401);
        String expired = TestIssuer.trusted().token(claims -> claims.claim("tenant", "ars-paca")
                .expirationTime(java.util.Date.from(java.time.Instant.now().minusSeconds(600))));
        assertThat(api.with("Authorization", "Bearer " + expired).get("/api/v1/contracts").status()).isEqualTo(401);
        String otherAudience = TestIssuer.trusted().token(claims -> claims.claim("tenant", "ars-paca").audience("elsewhere"));
        assertThat(api.with("Authorization", "Bearer " + otherAudience).get("/api/v1/contracts").status()).isEqualTo(401);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
