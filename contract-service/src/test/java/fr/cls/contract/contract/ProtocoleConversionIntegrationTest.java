package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** The CLS a protocole d'accord becomes keeps who and where the protocole was about, as a renewal does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ProtocoleConversionIntegrationTest extends EventApiTestSupport {

    @Autowired
    EventCodec codec;

    @Test
    void theClsKeepsTheProtocolesTerritoryCoordinatorPartiesAndSignatoriesWhoSignAgain() throws Exception {
        HttpTestClient agent = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        HttpTestClient approver = as("ars-pays-de-la-loire", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "PROTOCOLE_ACCORD", "title", "Protocole d'accord du Pays de Craon",
                "letterOfIntentReceivedOn", "2013-11-04")).json().get("id").asString();
        String p = "/api/v1/contracts/" + id;
        action(agent, p, "/framing", Map.of());
        action(approver, p, "/agreement", Map.of());
        assertThat(action(agent, p, "/territory", Map.of("communes", List.of("53084"))).status()).isEqualTo(200);
        action(agent, p, "/coordinator", Map.of("subject", "coordinator.craon"));
        assertThat(agent.post(p + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER")).status()).isEqualTo(201);
        String ars = agent.post(p + "/signatories", Map.of("organisation", "ARS Pays de la Loire", "kind", "ARS")).json().get("id").asString();
        String city = agent.post(p + "/signatories", Map.of("organisation", "Communauté de communes du Pays de Craon",
                "kind", "COLLECTIVITE", "carrier", true)).json().get("id").asString();
        publishCopilValidation("ars-pays-de-la-loire", UUID.fromString(id), LocalDate.of(2014, 3, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(p).json().path("copilValidatedOn").isNull());
        HttpTestClient.Response submitted = action(agent, p, "/submission", Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        action(agent, p, "/signatories/" + ars + "/signature", Map.of("signedOn", "2014-04-01"));
        action(agent, p, "/signatories/" + city + "/signature", Map.of("signedOn", "2014-04-02"));
        HttpTestClient.Response signed = action(approver, p, "/signature", Map.of("startDate", "2014-04-15", "endDate", "2017-04-14"));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(as("ars-bretagne", Roles.ARS_AGENT).get(p).status()).isEqualTo(404);

        HttpTestClient.Response converted = action(agent, p, "/conversion", Map.of("diagnosticMode", "ORS", "on", "2016-09-01"));
        assertThat(converted.status()).isEqualTo(201);
        String c = "/api/v1/contracts/" + converted.json().get("id").asString();

        JsonNode protocole = agent.get(p).json();
        JsonNode cls = agent.get(c).json();
        assertThat(cls.get("territory").asString()).isEqualTo(protocole.get("territory").asString()).contains("53084");
        assertThat(cls.get("territoryPopulation").asLong()).isEqualTo(protocole.get("territoryPopulation").asLong()).isPositive();
        assertThat(cls.get("coordinator").asString()).isEqualTo("coordinator.craon");
        assertThat(cls.get("coordinatorIssuer").asString()).isEqualTo(protocole.get("coordinatorIssuer").asString());
        assertThat(agent.get(c + "/parties").json().findValuesAsString("tenantId"))
                .isEqualTo(agent.get(p + "/parties").json().findValuesAsString("tenantId")).containsExactly("cd-53");
        JsonNode signatories = agent.get(c + "/signatories").json();
        assertThat(signatories.findValuesAsString("organisation"))
                .containsExactlyInAnyOrder("ARS Pays de la Loire", "Communauté de communes du Pays de Craon");
        assertThat(signatories.findValues("signedOn")).as("they sign the CLS again").allMatch(JsonNode::isNull);

        HttpTestClient departement = as("cd-53", Roles.DEPARTEMENT_AGENT);
        assertThat(departement.get(c).status()).as("the département party to the protocole sees the CLS").isEqualTo(200);
        assertThat(departement.get("/api/v1/contracts").json().get("items").findValuesAsString("id"))
                .contains(converted.json().get("id").asString());
        assertThat(as("ars-bretagne", Roles.ARS_AGENT).get(c).status()).isEqualTo(404);
    }

    /** A step on an existing contract, sent with its current ETag as every change must. */
    private static HttpTestClient.Response action(HttpTestClient client, String contract, String step, Object body) {
        return client.with("If-Match", client.get(contract).header("ETag")).post(contract + step, body);
    }

    private void publishCopilValidation(String tenant, UUID contractId, LocalDate decidedOn) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/governance-service",
                ContractValidatedV1.TYPE, contractId.toString(), OffsetDateTime.now(), "application/json", tenant, "test",
                json.valueToTree(new ContractValidatedV1(contractId, UUID.randomUUID(), UUID.randomUUID(), decidedOn)));
        kafka.send(GovernanceEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }
}
