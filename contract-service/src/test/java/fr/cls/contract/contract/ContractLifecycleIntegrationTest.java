package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.EvaluationAdoptedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.JsonNode;

/** A contract driven through the API from letter of intent to renewal, the COPIL's validation arriving by event. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ContractLifecycleIntegrationTest extends EventApiTestSupport {

    @Autowired
    EventCodec codec;

    @Test
    void anArsDrivesAClsFromLetterOfIntentToRenewalWithAnEventAtEachStep() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        HttpTestClient approver = as("ars-paca", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de La Seyne-sur-Mer",
                "letterOfIntentReceivedOn", "2014-10-01")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;

        assertThat(agent.ifMatch(c).post(c + "/framing", Map.of("on", "2014-10-15")).json().get("status").asString()).isEqualTo("FRAMING");
        assertThat(agent.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS")).status()).as("agreement is an approver's").isEqualTo(403);
        assertThat(approver.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS")).json().get("status").asString()).isEqualTo("DIAGNOSTIC");
        assertThat(agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true))
                .json().get("status").asString()).isEqualTo("ELABORATION");
        String ars = agent.post(c + "/signatories", Map.of("organisation", "ARS PACA", "kind", "ARS")).json().get("id").asString();
        HttpTestClient.Response carrier = agent.post(c + "/signatories", Map.of("organisation", "Ville de La Seyne-sur-Mer",
                "kind", "COLLECTIVITE", "carrier", true));
        assertThat(carrier.json().get("carrier").asBoolean()).isTrue();
        String city = carrier.json().get("id").asString();
        assertThat(agent.post(c + "/signatories", Map.of("organisation", "Préfecture du Var", "kind", "PREFECTURE", "carrier", true))
                .json().get("violations").get(0).get("rule").asString()).isEqualTo("carrier-is-a-collectivite");
        assertThat(agent.post(c + "/documents", Map.of("title", "Diagnostic local de santé", "kind", "DIAGNOSTIC",
                "reference", "https://www.ars.sante.fr/diagnostic-la-seyne.pdf", "issuedOn", "2015-03-01")).status()).isEqualTo(201);
        assertThat(agent.get(c + "/documents").json().findValuesAsString("kind")).containsExactly("DIAGNOSTIC");
        assertThat(as("ars-paca", Roles.ARS_AGENT).get(c + "/signatories").json().findValuesAsString("organisation"))
                .containsExactlyInAnyOrder("ARS PACA", "Ville de La Seyne-sur-Mer");
        assertThat(agent.ifMatch(c).post(c + "/territory", Map.of("communes", List.of("83126"))).status()).isEqualTo(200);
        agent.ifMatch(c).post(c + "/coordinator", Map.of("subject", "coordinator.la-seyne"));
        agent.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));

        HttpTestClient.Response tooEarly = agent.ifMatch(c).post(c + "/submission", Map.of());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("violations").findValuesAsString("rule")).containsExactly("copil-validated");

        publishCopilValidation("ars-paca", UUID.fromString(id), LocalDate.of(2015, 5, 20));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c).json().path("copilValidatedOn").isNull());

        assertThat(agent.ifMatch(c).post(c + "/submission", Map.of()).json().get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
        agent.ifMatch(c).post(c + "/signatories/" + ars + "/signature", Map.of("signedOn", "2015-06-10"));
        agent.ifMatch(c).post(c + "/signatories/" + city + "/signature", Map.of("signedOn", "2015-06-12"));
        HttpTestClient.Response signed = approver.ifMatch(c).post(c + "/signature", Map.of("startDate", "2015-06-15"));
        assertThat(signed.json().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(signed.json().get("endDate").asString()).as("PACA: 3 years").isEqualTo("2018-06-14");

        agent.ifMatch(c).post(c + "/evaluation", Map.of());
        publishGovernance("ars-paca", EvaluationAdoptedV1.TYPE, UUID.fromString(id),
                new EvaluationAdoptedV1(UUID.fromString(id), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2018, 3, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c).json().path("evaluationAdoptedOn").isNull());
        assertThat(agent.get(c).json().get("evaluationAdoptedOn").asString()).isEqualTo("2018-03-01");
        HttpTestClient.Response renewed = agent.ifMatch(c).post(c + "/renewal", Map.of());
        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.json().get("generation").asInt()).isEqualTo(2);
        assertThat(renewed.json().get("previousContractId").asString()).isEqualTo(id);
        JsonNode previous = agent.get(c).json();
        assertThat(previous.get("status").asString()).isEqualTo("RENEWED");
        String n = "/api/v1/contracts/" + renewed.json().get("id").asString();
        assertThat(previous.get("nextContractId").asString()).as("linked both ways").isEqualTo(renewed.json().get("id").asString());
        assertThat(renewed.json().get("territory").asString()).isEqualTo(previous.get("territory").asString()).contains("83126");
        assertThat(renewed.json().get("territoryPopulation").asLong()).isEqualTo(previous.get("territoryPopulation").asLong()).isPositive();
        assertThat(renewed.json().get("coordinator").asString()).isEqualTo("coordinator.la-seyne");
        JsonNode signatoriesAgain = agent.get(n + "/signatories").json();
        assertThat(signatoriesAgain.findValuesAsString("organisation")).containsExactlyInAnyOrder("ARS PACA", "Ville de La Seyne-sur-Mer");
        signatoriesAgain.forEach(sig -> assertThat(sig.path("signedOn").isNull() || sig.path("signedOn").isMissingNode())
                .as("they sign the new contract again").isTrue());
        assertThat(agent.get(n + "/parties").json().findValuesAsString("tenantId")).containsExactly("cd-53");
        assertThat(as("cd-53", Roles.DEPARTEMENT_AGENT).get(n).status()).as("the party reads the new generation").isEqualTo(200);

        try (TopicReader reader = new TopicReader(consumers, ContractEvents.TOPIC)) {
            List<String> types = reader.awaitMatching(r -> id.equals(r.key()) && r.value().contains("cls.contract.renewed.v1"))
                    .stream().map(ConsumerRecord::value).toList();
            assertThat(types).isNotEmpty();
            List<String> all = reader.awaitMatching(r -> id.equals(r.key())).stream()
                    .map(r -> json.readTree(r.value()).get("type").asString()).toList();
            assertThat(all).containsSubsequence("cls.contract.initiated.v1", "cls.contract.framing-started.v1",
                    "cls.contract.agreement-given.v1", "cls.contract.diagnostic-delivered.v1",
                    "cls.contract.signatory-added.v1", "cls.contract.submitted-for-signature.v1", "cls.contract.signed.v1",
                    "cls.contract.evaluation-started.v1", "cls.contract.renewed.v1");
        }
    }

    @Test
    void closingOrRenewingWaitsForTheCopilToAdoptTheEvaluation() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        HttpTestClient approver = as("ars-paca", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String id = approver.post("/api/v1/contracts/imports", Map.of("kind", "CLS", "title", "CLS d'Aubagne",
                "status", "IN_FORCE", "startDate", "2022-01-01", "signatories", List.of(
                        Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2021-12-01"),
                        Map.of("organisation", "Ville d'Aubagne", "kind", "COLLECTIVITE", "signedOn", "2021-12-02"))))
                .json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        assertThat(agent.ifMatch(c).post(c + "/evaluation", Map.of("on", "2024-10-01")).json().get("status").asString()).isEqualTo("EVALUATION");

        for (String step : List.of("/closure", "/renewal")) {
            HttpTestClient.Response early = agent.ifMatch(c).post(c + step, Map.of());
            assertThat(early.status()).as(step).isEqualTo(409);
            assertThat(early.contentType()).contains("application/problem+json");
            assertThat(early.json().get("violations").findValuesAsString("rule")).as(step).containsExactly("evaluation-adopted");
        }
        assertThat(agent.get(c).json().get("status").asString()).isEqualTo("EVALUATION");
        assertThat(agent.get(c).json().get("nextContractId").isNull()).as("no new generation").isTrue();

        publishGovernance("ars-paca", EvaluationAdoptedV1.TYPE, UUID.fromString(id),
                new EvaluationAdoptedV1(UUID.fromString(id), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2024, 11, 5)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c).json().path("evaluationAdoptedOn").isNull());

        HttpTestClient.Response closed = agent.ifMatch(c).post(c + "/closure", Map.of("on", "2024-12-31"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("endedOn").asString()).isEqualTo("2024-12-31");
    }

    @Test
    void aProtocoleDaccordInForceIsConvertedIntoAClsAndAnyOtherStateAnswers409() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        HttpTestClient approver = as("ars-paca", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "PROTOCOLE_ACCORD", "title", "Protocole d'accord de Grasse",
                "letterOfIntentReceivedOn", "2013-11-04")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of());
        assertThat(approver.ifMatch(c).post(c + "/agreement", Map.of()).json().get("status").asString())
                .as("a protocole skips the diagnostic").isEqualTo("ELABORATION");

        HttpTestClient.Response tooEarly = agent.ifMatch(c).post(c + "/conversion", Map.of("diagnosticMode", "ORS"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.contentType()).contains("application/problem+json");
        assertThat(tooEarly.json().get("violations").findValuesAsString("rule")).containsExactly("transition-allowed");
        assertThat(agent.get(c).json().get("status").asString()).isEqualTo("ELABORATION");

        String ars = agent.post(c + "/signatories", Map.of("organisation", "ARS PACA", "kind", "ARS")).json().get("id").asString();
        String city = agent.post(c + "/signatories", Map.of("organisation", "Ville de Grasse", "kind", "COLLECTIVITE",
                "carrier", true)).json().get("id").asString();
        publishCopilValidation("ars-paca", UUID.fromString(id), LocalDate.of(2014, 3, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c).json().path("copilValidatedOn").isNull());
        agent.ifMatch(c).post(c + "/submission", Map.of());
        agent.ifMatch(c).post(c + "/signatories/" + ars + "/signature", Map.of("signedOn", "2014-04-01"));
        agent.ifMatch(c).post(c + "/signatories/" + city + "/signature", Map.of("signedOn", "2014-04-02"));
        assertThat(approver.ifMatch(c).post(c + "/signature", Map.of("startDate", "2014-04-15")).json().get("status").asString()).isEqualTo("IN_FORCE");

        assertThat(agent.ifMatch(c).post(c + "/conversion", Map.of()).status()).as("the CLS's diagnostic mode is required").isEqualTo(400);
        assertThat(as("ars-paca", Roles.CLS_COORDINATOR).ifMatch(c).post(c + "/conversion", Map.of("diagnosticMode", "ORS")).status())
                .as("converting is the ARS's decision").isEqualTo(403);
        HttpTestClient.Response converted = agent.ifMatch(c).post(c + "/conversion", Map.of("diagnosticMode", "PROVIDER", "on", "2016-09-01"));
        assertThat(converted.status()).isEqualTo(201);
        String cls = converted.json().get("id").asString();
        assertThat(converted.header("Location")).endsWith("/api/v1/contracts/" + cls);
        assertThat(converted.json().get("kind").asString()).isEqualTo("CLS");
        assertThat(converted.json().get("status").asString()).isEqualTo("DIAGNOSTIC");
        assertThat(converted.json().get("diagnosticMode").asString()).isEqualTo("PROVIDER");
        assertThat(converted.json().get("previousContractId").asString()).isEqualTo(id);
        JsonNode protocole = agent.get(c).json();
        assertThat(protocole.get("status").asString()).isEqualTo("CONVERTED");
        assertThat(protocole.get("nextContractId").asString()).isEqualTo(cls);
        assertThat(protocole.get("endedOn").asString()).isEqualTo("2016-09-01");

        HttpTestClient.Response again = agent.ifMatch(c).post(c + "/conversion", Map.of("diagnosticMode", "ORS"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("violations").findValuesAsString("rule")).containsExactly("transition-allowed");
        HttpTestClient.Response clsConverted = agent.ifMatch("/api/v1/contracts/" + cls).post("/api/v1/contracts/" + cls + "/conversion", Map.of("diagnosticMode", "ORS"));
        assertThat(clsConverted.status()).isEqualTo(409);
        assertThat(clsConverted.json().get("violations").findValuesAsString("rule")).containsExactly("transition-allowed");
        assertThat(agent.get(c).json().get("nextContractId").asString()).as("still the first CLS").isEqualTo(cls);

        try (TopicReader reader = new TopicReader(consumers, ContractEvents.TOPIC)) {
            JsonNode event = reader.awaitMatching(r -> id.equals(r.key()) && r.value().contains("cls.contract.converted.v1"))
                    .stream().map(r -> json.readTree(r.value()).get("data")).findFirst().orElseThrow();
            assertThat(event.get("nextContractId").asString()).isEqualTo(cls);
            assertThat(event.get("toStatus").asString()).isEqualTo("CONVERTED");
            assertThat(reader.awaitMatching(r -> cls.equals(r.key()) && r.value().contains("cls.contract.initiated.v1"))).isNotEmpty();
        }
    }

    @Test
    void anIllegalStepAnswers409AStaleVersion412AndAChangeWithoutVersion428() {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLSM", "title", "CLSM de Marseille")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;

        HttpTestClient.Response illegal = agent.ifMatch(c).post(c + "/evaluation", Map.of());
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().get("violations").get(0).get("rule").asString()).isEqualTo("transition-allowed");

        HttpTestClient.Response stale = agent.with("If-Match", "\"7\"").post(c + "/framing", Map.of());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(stale.json().get("title").asString()).isEqualTo("Version périmée");
        assertThat(agent.get(c).json().get("status").asString()).isEqualTo("LETTER_OF_INTENT_RECEIVED");

        String etag = agent.get(c).header("ETag");
        assertThat(agent.with("If-Match", etag).post(c + "/framing", Map.of()).status()).isEqualTo(200);

        String framed = agent.get(c).header("ETag");
        assertThat(framed).isNotEqualTo(etag);
        assertThat(agent.with("If-None-Match", framed).get(c).status()).as("not modified since").isEqualTo(304);
        assertThat(agent.with("If-None-Match", etag).get(c).status()).isEqualTo(200);
        HttpTestClient.Response blind = agent.post(c + "/framing", Map.of());
        assertThat(blind.status()).as("no version: refused before any rule").isEqualTo(428);
        assertThat(blind.contentType()).startsWith("application/problem+json");
        assertThat(blind.json().get("code").asString()).isEqualTo("if-match-required");
    }

    @Test
    void theNextStepNamesWhatWouldRefuseItInFrenchWithoutChangingAnythingAndOthersGet404() {
        HttpTestClient agent = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "PROTOCOLE_ACCORD", "title", "Protocole de Château-Gontier"))
                .json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "SIGNATORY"));
        assertThat(agent.get(c + "/next-step").json().get("step").isNull()).as("framing waits for no rule").isTrue();
        agent.ifMatch(c).post(c + "/framing", Map.of());
        as("ars-pays-de-la-loire", Roles.ARS_APPROVER).ifMatch(c).post(c + "/agreement", Map.of());
        agent.post(c + "/signatories", Map.of("organisation", "Ville de Château-Gontier", "kind", "COLLECTIVITE"));
        long version = agent.get(c).json().get("version").asLong();

        JsonNode next = agent.with("Accept-Language", "fr").get(c + "/next-step").json();
        assertThat(next.get("step").asString()).isEqualTo("submission");
        assertThat(next.get("violations").findValuesAsString("rule")).contains("copil-validated", "signatories-ars-and-collectivite");
        assertThat(next.get("violations").findValuesAsString("message")).contains("le COPIL n’a pas encore validé le contrat");
        assertThat(agent.get(c).json().get("version").asLong()).as("nothing changed").isEqualTo(version);
        assertThat(as("cd-53", Roles.DEPARTEMENT_AGENT).get(c + "/next-step").json().get("step").asString())
                .as("a party sees it too").isEqualTo("submission");
        assertThat(as("ars-bretagne", Roles.ARS_AGENT).get(c + "/next-step").status()).isEqualTo(404);
    }

    @Test
    void aPartyReadsTheLifecycleButCannotDriveItAndOthersGet404() {
        HttpTestClient owner = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        String id = owner.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS du Pays de Craon")).json().get("id").asString();
        owner.post("/api/v1/contracts/" + id + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));

        assertThat(as("cd-53", Roles.DEPARTEMENT_APPROVER).ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/abandonment",
                Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(as("ars-bretagne", Roles.ARS_AGENT).ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/abandonment",
                Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(owner.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/abandonment", Map.of("reason", "la collectivité renonce"))
                .json().get("status").asString()).isEqualTo("ABANDONED");
        assertThat(as("cd-53", Roles.DEPARTEMENT_AGENT).get("/api/v1/contracts/" + id).json().get("endReason").asString())
                .isEqualTo("la collectivité renonce");
    }

    @Test
    void aCoordinatorActsOnlyInsideTheContractsTheyCoordinateAndNotInTheArsSteps() {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        HttpTestClient coordinator = asPerson("ars-paca", "coordinator.apt", Roles.CLS_COORDINATOR);
        String mine = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS d'Apt 2")).json().get("id").asString();
        String other = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Cavaillon")).json().get("id").asString();
        agent.ifMatch("/api/v1/contracts/" + mine).post("/api/v1/contracts/" + mine + "/framing", Map.of());
        as("ars-paca", Roles.ARS_APPROVER).ifMatch("/api/v1/contracts/" + mine).post("/api/v1/contracts/" + mine + "/agreement", Map.of("diagnosticMode", "IN_HOUSE"));
        assertThat(agent.ifMatch("/api/v1/contracts/" + mine).post("/api/v1/contracts/" + mine + "/coordinator", Map.of("subject", "coordinator.apt"))
                .json().get("coordinator").asString()).isEqualTo("coordinator.apt");

        assertThat(coordinator.ifMatch("/api/v1/contracts/" + mine).post("/api/v1/contracts/" + mine + "/diagnostic", Map.of("territoryPortrait", true,
                "healthPortrait", true, "resourcesPortrait", true)).json().get("status").asString()).isEqualTo("ELABORATION");
        assertThat(coordinator.post("/api/v1/contracts/" + mine + "/signatories",
                Map.of("organisation", "Commune d'Apt", "kind", "COLLECTIVITE")).status()).isEqualTo(201);
        assertThat(coordinator.ifMatch("/api/v1/contracts/" + mine).post("/api/v1/contracts/" + mine + "/abandonment", Map.of("reason", "non")).status())
                .as("abandoning is the ARS's decision").isEqualTo(403);
        assertThat(coordinator.get("/api/v1/contracts/" + other).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/v1/contracts").json().get("items").findValuesAsString("id")).containsExactly(mine);
    }

    @Test
    void theProfileNamesTheCoordinatorOnceAssignedSoThatNotificationsReachThem() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Pertuis")).json().get("id").asString();
        agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/framing", Map.of());
        as("ars-paca", Roles.ARS_APPROVER).ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/agreement", Map.of("diagnosticMode", "IN_HOUSE"));
        agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/coordinator", Map.of("subject", "coordinator.pertuis"));

        try (TopicReader contracts = new TopicReader(consumers, ContractEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> profiles = contracts.awaitMatching(
                    r -> r.key().equals(id) && r.value().contains(ContractProfileV1.TYPE) && r.value().contains("coordinator.pertuis"));
            ContractProfileV1 profile = json.treeToValue(codec.decode(profiles.get(profiles.size() - 1).value()).data(),
                    ContractProfileV1.class);
            assertThat(profile.coordinators()).containsExactly("coordinator.pertuis");
        }
    }

    private void publishCopilValidation(String tenant, UUID contractId, LocalDate decidedOn) throws Exception {
        publishGovernance(tenant, ContractValidatedV1.TYPE, contractId,
                new ContractValidatedV1(contractId, UUID.randomUUID(), UUID.randomUUID(), decidedOn));
    }

    private void publishGovernance(String tenant, String type, UUID contractId, Object payload) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/governance-service",
                type, contractId.toString(), OffsetDateTime.now(), "application/json", tenant, "test", json.valueToTree(payload));
        kafka.send(GovernanceEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }
}
