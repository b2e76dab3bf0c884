package fr.cls.governance.meeting;

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
import tools.jackson.databind.JsonNode;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.contract.events.SignatoryAddedV1;
import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;

/**
 * A contract's bodies from its events; a COPIL convened, held without then with quorum, validating the contract
 * (the event contract-service waits for); the refusals that record nothing; bodies closing with their contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SameDay.class })
class GovernanceIntegrationTest extends EventApiTestSupport {

    static final LocalDate TODAY = SameDay.TODAY;

    @Autowired
    EventCodec codec;

    @Test
    void aCopilConvenedAndHeldWithQuorumValidatesTheContractAndNotBefore() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        UUID contract = contractInElaboration("ars-paca", "CLS de Marseille", TODAY);
        JsonNode copil = awaitBody(agent, contract, "COPIL", 2);
        assertThat(copil.get("members").findValuesAsString("status")).containsOnly("PROPOSED");
        assertThat(copil.get("members").findValuesAsString("organisation")).containsExactly("ARS PACA", "Ville de Marseille");
        String b = "/api/v1/governance/bodies/" + copil.get("id").asString();

        // The version as it stands now (the listing awaited above may predate the last event's commit).
        String version = agent.get(b).header("ETag").replace("\"", "");
        for (JsonNode seat : copil.get("members")) {
            HttpTestClient.Response named = agent.with("If-Match", version).request("PUT", b + "/members/" + seat.get("id").asString(),
                    Map.of("person", "Représentant " + seat.get("organisation").asString(), "role", "MEMBER", "voting", true));
            assertThat(named.status()).as(named.body()).isEqualTo(200);
            version = named.header("ETag").replace("\"", "");
        }
        HttpTestClient.Response stale = agent.with("If-Match", "0").post(b + "/members",
                Map.of("person", "Préfet", "organisation", "Préfecture", "role", "MEMBER", "voting", true));
        assertThat(stale.status()).as("a stale version").isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        HttpTestClient.Response blind = agent.post(b + "/members",
                Map.of("person", "Préfet", "organisation", "Préfecture", "role", "MEMBER", "voting", true));
        assertThat(blind.status()).as("no version at all").isEqualTo(428);
        assertThat(blind.json().get("code").asString()).isEqualTo("if-match-required");
        String seen = agent.get(b).header("ETag");
        assertThat(agent.with("If-None-Match", seen).get(b).status()).as("not modified").isEqualTo(304);
        HttpTestClient.Response added = agent.ifMatch(b).post(b + "/members",
                Map.of("person", "Préfet", "organisation", "Préfecture des Bouches-du-Rhône", "role", "CHAIR", "voting", true));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("votingMembers").asInt()).isEqualTo(3);
        List<String> members = added.json().get("members").findValuesAsString("id");

        try (TopicReader governance = new TopicReader(consumers, GovernanceEvents.TOPIC)) {
            // First meeting: only one of three voting members came.
            String first = convenedMeeting(agent, b, "Validation du contrat");
            List<ConsumerRecord<String, String>> convened = governance.awaitMatching(r -> r.value().contains(MeetingConvenedV1.TYPE)
                    && r.value().contains(first));
            assertThat(codec.decode(convened.get(0).value()).data().get("late").asBoolean()).as("convened the same day: late").isTrue();
            JsonNode held = agent.ifMatch("/api/v1/governance/meetings/" + first).post("/api/v1/governance/meetings/" + first + "/holding",
                    Map.of("attendance", List.of(present(members.get(0))))).json();
            assertThat(held.get("quorumReached").asBoolean()).isFalse();
            String item = held.at("/agenda/0/id").asString();
            HttpTestClient.Response refused = agent.ifMatch("/api/v1/governance/meetings/" + first).post("/api/v1/governance/meetings/" + first + "/agenda/" + item + "/decision",
                    Map.of("mode", "CONSENSUS"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("violations").findValuesAsString("rule")).containsExactly("quorum-reached");
            assertThat(agent.get("/api/v1/governance/meetings/" + first).json().at("/agenda/0/decision").isNull()).isTrue();

            // Second meeting: two present and a proxy.
            String second = convenedMeeting(agent, b, "Validation du contrat");
            HttpTestClient.Response beyondLimit = agent.ifMatch("/api/v1/governance/meetings/" + second).post("/api/v1/governance/meetings/" + second + "/holding",
                    Map.of("attendance", List.of(present(members.get(0)), proxy(members.get(1), members.get(0)),
                            proxy(members.get(2), members.get(0)))));
            assertThat(beyondLimit.json().get("violations").findValuesAsString("rule")).containsExactly("proxy-limit");
            assertThat(agent.get("/api/v1/governance/meetings/" + second).json().get("status").asString()).isEqualTo("CONVENED");
            JsonNode quorate = agent.ifMatch("/api/v1/governance/meetings/" + second).post("/api/v1/governance/meetings/" + second + "/holding",
                    Map.of("attendance", List.of(present(members.get(0)), present(members.get(1)), proxy(members.get(2), members.get(1))))).json();
            assertThat(quorate.get("quorumReached").asBoolean()).isTrue();
            assertThat(quorate.get("represented").asInt()).isEqualTo(1);
            HttpTestClient.Response decided = agent.ifMatch("/api/v1/governance/meetings/" + second).post("/api/v1/governance/meetings/" + second + "/agenda/"
                    + quorate.at("/agenda/0/id").asString() + "/decision", Map.of("mode", "VOTE", "votesFor", 3, "votesAgainst", 0, "abstentions", 0));
            assertThat(decided.status()).isEqualTo(200);
            assertThat(decided.json().at("/agenda/0/decision/outcome").asString()).isEqualTo("ADOPTED");

            List<ConsumerRecord<String, String>> validated = governance.awaitMatching(r -> r.value().contains(ContractValidatedV1.TYPE));
            assertThat(validated).hasSize(1);
            EventEnvelope event = codec.decode(validated.get(0).value());
            assertThat(validated.get(0).key()).isEqualTo(contract.toString());
            assertThat(event.tenantid()).isEqualTo("ars-paca");
            assertThat(json.treeToValue(event.data(), ContractValidatedV1.class))
                    .isEqualTo(new ContractValidatedV1(contract, UUID.fromString(copil.get("id").asString()), UUID.fromString(second), TODAY));

            HttpTestClient.Response minutes = agent.ifMatch("/api/v1/governance/meetings/" + second).request("PUT", "/api/v1/governance/meetings/" + second + "/minutes",
                    Map.of("text", "Le COPIL valide le contrat à l'unanimité."));
            assertThat(minutes.json().get("minutesStatus").asString()).isEqualTo("DRAFT");
            HttpTestClient.Response document = agent.get("/api/v1/governance/meetings/" + second + "/minutes");
            assertThat(document.contentType()).startsWith("text/markdown");
            assertThat(document.body()).contains("# Compte rendu — COPIL — CLS de Marseille", "Quorum : atteint", "adopté (pour 3, contre 0",
                    "représenté par Représentant Ville de Marseille (Ville de Marseille)", "à l'unanimité");
        }
    }

    @Test
    void eachValidationOfTheCopilPublishesTheEventThatUnlocksItAndEveryDecisionIsPublished() throws Exception {
        HttpTestClient agent = as("ars-bretagne", Roles.ARS_AGENT);
        UUID contract = contractInElaboration("ars-bretagne", "CLS de Saint-Brieuc Armor Agglomération", TODAY);
        JsonNode copil = awaitBody(agent, contract, "COPIL", 2);
        String b = "/api/v1/governance/bodies/" + copil.get("id").asString();
        String member = agent.ifMatch(b).post(b + "/members", Map.of("person", "Présidente", "organisation", "Saint-Brieuc Armor Agglomération",
                "role", "CHAIR", "voting", true)).json().at("/members/2/id").asString();
        String meeting = agent.post(b + "/meetings", Map.of("scheduledOn", TODAY.toString(), "place", "Saint-Brieuc")).json().get("id").asString();
        String m = "/api/v1/governance/meetings/" + meeting;
        agent.ifMatch(m).post(m + "/agenda", Map.of("title", "Programmation 2027", "purpose", "VALIDATE_PROGRAMMING", "year", 2027));
        agent.ifMatch(m).post(m + "/agenda", Map.of("title", "Bilan 2026", "purpose", "ADOPT_ANNUAL_REPORT", "year", 2026));
        agent.ifMatch(m).post(m + "/agenda", Map.of("title", "Évaluation", "purpose", "ADOPT_EVALUATION"));
        agent.ifMatch(m).post(m + "/agenda", Map.of("title", "Départ d'un médecin", "purpose", "EXAMINE_DIFFICULTY"));
        agent.ifMatch(m).post(m + "/convocation", Map.of());
        JsonNode held = agent.ifMatch(m).post(m + "/holding", Map.of("attendance", List.of(present(member)))).json();
        assertThat(held.get("quorumReached").asBoolean()).as("the only named voting member is present").isTrue();
        for (JsonNode item : held.get("agenda")) {
            assertThat(agent.ifMatch(m).post(m + "/agenda/" + item.get("id").asString() + "/decision", Map.of("mode", "CONSENSUS")).status())
                    .isEqualTo(200);
        }

        try (TopicReader governance = new TopicReader(consumers, GovernanceEvents.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> governance.awaitMatching(r -> r.key().equals(contract.toString())).size() >= 8);
            List<String> types = governance.awaitMatching(r -> r.key().equals(contract.toString())).stream()
                    .map(r -> codec.decode(r.value()).type()).toList();
            assertThat(types).containsExactlyInAnyOrder("cls.governance.meeting-convened.v1",
                    "cls.governance.decision-recorded.v1", "cls.governance.programming-validated.v1",
                    "cls.governance.decision-recorded.v1", "cls.governance.annual-report-adopted.v1",
                    "cls.governance.decision-recorded.v1", "cls.governance.evaluation-adopted.v1",
                    "cls.governance.decision-recorded.v1");
            EventEnvelope programming = governance.awaitMatching(r -> r.value().contains("programming-validated")
                    && r.key().equals(contract.toString())).stream().map(r -> codec.decode(r.value())).findFirst().orElseThrow();
            assertThat(programming.data().get("year").asInt()).isEqualTo(2027);
        }
    }

    @Test
    void aCotechProposesTheCopilValidatesAndAnotherTenantSeesNothing() throws Exception {
        HttpTestClient agent = as("ars-ara", Roles.ARS_AGENT);
        UUID contract = contractInElaboration("ars-ara", "CLS du Pays Voironnais", TODAY);
        JsonNode cotech = awaitBody(agent, contract, "COTECH", 2);
        String b = "/api/v1/governance/bodies/" + cotech.get("id").asString();
        String member = agent.ifMatch(b).post(b + "/members", Map.of("person", "Cheffe de projet", "organisation", "CA du Pays Voironnais",
                "role", "MEMBER", "voting", true)).json().at("/members/2/id").asString();

        String meeting = convenedMeeting(agent, b, "Projet de contrat");
        JsonNode held = agent.ifMatch("/api/v1/governance/meetings/" + meeting).post("/api/v1/governance/meetings/" + meeting + "/holding", Map.of("attendance", List.of(present(member)))).json();
        assertThat(held.get("quorumReached").asBoolean()).as("one voting member named of one").isTrue();
        String decision = "/api/v1/governance/meetings/" + meeting + "/agenda/" + held.at("/agenda/0/id").asString() + "/decision";
        HttpTestClient.Response validating = agent.ifMatch("/api/v1/governance/meetings/" + meeting).post(decision, Map.of("mode", "CONSENSUS"));
        assertThat(validating.status()).isEqualTo(409);
        assertThat(validating.json().get("violations").findValuesAsString("rule")).containsExactly("copil-validates");
        assertThat(agent.ifMatch("/api/v1/governance/meetings/" + meeting).post(decision, Map.of("mode", "CONSENSUS", "proposal", true)).json().at("/agenda/0/decision/outcome").asString())
                .isEqualTo("PROPOSED");

        HttpTestClient.Response otherContract = agent.post("/api/v1/governance/bodies/" + cotech.get("id").asString() + "/meetings",
                Map.of("scheduledOn", TODAY.plusDays(30).toString(), "place", "Voiron"));
        HttpTestClient.Response aboutAnother = agent.ifMatch("/api/v1/governance/meetings/" + otherContract.json().get("id").asString())
                .post("/api/v1/governance/meetings/" + otherContract.json().get("id").asString() + "/agenda",
                Map.of("title", "Valider", "purpose", "VALIDATE_CONTRACT", "contractId", UUID.randomUUID().toString()));
        assertThat(aboutAnother.json().get("violations").findValuesAsString("rule")).containsExactly("item-of-the-body-contract");
        HttpTestClient.Response missingMode = agent.ifMatch("/api/v1/governance/meetings/" + meeting).post(decision, Map.of("votesFor", 1));
        assertThat(missingMode.status()).isEqualTo(400);
        assertThat(missingMode.body()).contains("mode");

        HttpTestClient foreign = as("ars-bretagne", Roles.ARS_AGENT);
        assertThat(foreign.get(b).status()).isEqualTo(404);
        assertThat(foreign.ifMatch(b).post(b + "/members", Map.of("person", "Intrus", "organisation", "Ailleurs", "role", "MEMBER", "voting", true))
                .status()).isEqualTo(404);
        assertThat(foreign.get("/api/v1/governance/meetings/" + meeting).status()).isEqualTo(404);
        assertThat(foreign.get("/api/v1/governance/bodies?contractId=" + contract).json().get("items")).isEmpty();
        assertThat(agent.get(b).json().get("members")).hasSize(3);
    }

    @Test
    void followUpsUpcomingMeetingsDormantBodiesAndClosingWithTheContract() throws Exception {
        HttpTestClient agent = as("ars-occitanie", Roles.ARS_AGENT);
        UUID old = contractInElaboration("ars-occitanie", "CLS de Lodève", TODAY.minusYears(2));
        JsonNode copil = awaitBody(agent, old, "COPIL", 2);
        String b = "/api/v1/governance/bodies/" + copil.get("id").asString();
        assertThat(agent.get("/api/v1/governance/dormant-bodies").json().findValuesAsString("bodyId")).contains(copil.get("id").asString());

        String meeting = agent.post(b + "/meetings", Map.of("scheduledOn", TODAY.plusDays(10).toString(), "place", "Lodève"))
                .json().get("id").asString();
        assertThat(agent.get("/api/v1/governance/meetings").json().findValuesAsString("id")).contains(meeting);
        assertThat(agent.get("/api/v1/governance/meetings?from=" + TODAY.plusDays(11)).json().findValuesAsString("id")).doesNotContain(meeting);

        HttpTestClient.Response difficulty = agent.post(b + "/follow-ups", Map.of("kind", "DIFFICULTY",
                "title", "Départ du médecin de Lodève", "owner", "Coordinatrice", "dueOn", TODAY.plusDays(30).toString()));
        assertThat(difficulty.status()).isEqualTo(201);
        String item = difficulty.json().get("id").asString();
        assertThat(agent.get("/api/v1/governance/follow-ups?status=OPEN").json().findValuesAsString("id")).contains(item);
        HttpTestClient.Response done = agent.with("If-Match", difficulty.header("ETag")).request("PUT",
                "/api/v1/governance/follow-ups/" + item + "/status", Map.of("status", "DONE"));
        assertThat(done.json().get("closedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(agent.ifMatch("/api/v1/governance/follow-ups/" + item).request("PUT", "/api/v1/governance/follow-ups/" + item + "/status", Map.of("status", "OPEN"))
                .json().get("violations").findValuesAsString("rule")).containsExactly("follow-up-open");

        publish("ars-occitanie", old, ContractTransitionedV1.typeOf("abandoned"), new ContractTransitionedV1(old, "CLS", "CLS de Lodève",
                "ELABORATION", "ABANDONED", TODAY, null, null, "fusion", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> agent.get(b).json().get("status").asString().equals("CLOSED"));
        HttpTestClient.Response afterClosing = agent.post(b + "/meetings", Map.of("scheduledOn", TODAY.plusDays(20).toString(), "place", "Lodève"));
        assertThat(afterClosing.json().get("violations").findValuesAsString("rule")).containsExactly("body-active");
    }

    // ---- helpers

    private UUID contractInElaboration(String tenant, String title, LocalDate on) throws Exception {
        UUID contract = UUID.randomUUID();
        publish(tenant, contract, ContractTransitionedV1.typeOf("agreement-given"), new ContractTransitionedV1(contract, "CLS", title,
                "FRAMING", "ELABORATION", on, null, null, null, null));
        publish(tenant, contract, SignatoryAddedV1.TYPE, new SignatoryAddedV1(contract, UUID.randomUUID(),
                tenant.equals("ars-paca") ? "ARS PACA" : "ARS", "ARS", false));
        publish(tenant, contract, SignatoryAddedV1.TYPE, new SignatoryAddedV1(contract, UUID.randomUUID(),
                tenant.equals("ars-paca") ? "Ville de Marseille" : "Collectivité", "COLLECTIVITE", true));
        return contract;
    }

    private JsonNode awaitBody(HttpTestClient agent, UUID contract, String kind, int seats) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode body : agent.get("/api/v1/governance/bodies?contractId=" + contract + "&kind=" + kind).json().get("items")) {
                if (body.get("members").size() >= seats) {
                    found[0] = body;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private String convenedMeeting(HttpTestClient agent, String body, String item) {
        String meeting = agent.post(body + "/meetings", Map.of("scheduledOn", TODAY.toString(), "place", "Hôtel de ville"))
                .json().get("id").asString();
        assertThat(agent.ifMatch("/api/v1/governance/meetings/" + meeting).post("/api/v1/governance/meetings/" + meeting + "/agenda", Map.of("title", item, "purpose", "VALIDATE_CONTRACT"))
                .status()).isEqualTo(200);
        assertThat(agent.ifMatch("/api/v1/governance/meetings/" + meeting).post("/api/v1/governance/meetings/" + meeting + "/convocation", Map.of()).json().get("status").asString())
                .isEqualTo("CONVENED");
        return meeting;
    }

    private static Map<String, Object> present(String member) {
        return Map.of("memberId", member, "status", "PRESENT");
    }

    private static Map<String, Object> proxy(String member, String holder) {
        return Map.of("memberId", member, "status", "REPRESENTED", "proxyHolderId", holder);
    }

    private void publish(String tenant, UUID contract, String type, Object payload) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service", type,
                contract.toString(), OffsetDateTime.now(), "application/json", tenant, "test", json.valueToTree(payload));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }
}
