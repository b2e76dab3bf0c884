package fr.cls.governance.body;

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
import tools.jackson.databind.JsonNode;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractProfileV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;

/**
 * A coordinator of contract A reads the COPIL, COTECH, meetings and follow-ups of A only (issue 13, point 4): B's
 * and the cross-contract group's answer 404 and are left out of every list. Coordinators come from the contract's
 * profile event into the local contract copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SameDay.class })
class CoordinatorConfinementIntegrationTest extends EventApiTestSupport {

    static final String TENANT = "ars-paca";
    static final String G = "/api/v1/governance";
    static final LocalDate TODAY = SameDay.TODAY;

    @Autowired
    EventCodec codec;

    @Test
    void aCoordinatorOfContractASees404OnContractBAndOnCrossContractGroupsAndListsShowOnlyA() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        String issuer = TestIssuer.trusted().issuer();
        UUID a = contract("CLS de Martigues", List.of("coordinator.a"), List.of(issuer));
        // B's coordinator was named before issuers were published: recognised while the tenant trusts one issuer
        UUID b = contract("CLS secret d'Apt", List.of("coordinator.b"), null);
        HttpTestClient coordinatorA = asPerson(TENANT, "coordinator.a", Roles.CLS_COORDINATOR);
        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesOf(coordinatorA, "?contractId=" + a).size() == 3);
        String copilA = bodiesOf(agent, "?contractId=" + a + "&kind=COPIL").get(0).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesOf(agent, "?contractId=" + b).size() == 3);
        String copilB = bodiesOf(agent, "?contractId=" + b + "&kind=COPIL").get(0).get("id").asString();
        String group = agent.post(G + "/bodies", Map.of("kind", "CROSS_CONTRACT", "name", "Groupe santé mentale"))
                .json().get("id").asString();
        String meetingA = schedule(agent, copilA);
        String meetingB = schedule(agent, copilB);
        String meetingOfGroup = schedule(agent, group);
        String followUpB = agent.post(G + "/bodies/" + copilB + "/follow-ups", Map.of("kind", "ACTION", "title",
                "Action secrète", "owner", "Animatrice")).json().get("id").asString();
        String followUpA = agent.post(G + "/bodies/" + copilA + "/follow-ups", Map.of("kind", "ACTION", "title",
                "Action de Martigues", "owner", "Animatrice")).json().get("id").asString();

        for (String path : List.of("/bodies/" + copilB, "/bodies/" + copilB + "/meetings", "/meetings/" + meetingB,
                "/meetings/" + meetingB + "/minutes", "/bodies/" + group, "/meetings/" + meetingOfGroup)) {
            HttpTestClient.Response refused = coordinatorA.get(G + path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("secret");
        }
        assertThat(bodiesOf(coordinatorA, "").stream().map(body -> body.get("contractId").asString()).distinct().toList())
                .as("only A's bodies, not B's nor the cross-contract group").containsExactly(a.toString());
        String upcoming = G + "/meetings?from=" + TODAY + "&to=" + TODAY.plusDays(30);
        assertThat(coordinatorA.get(upcoming).body()).contains(meetingA).doesNotContain(meetingB).doesNotContain(meetingOfGroup);
        assertThat(coordinatorA.get(G + "/follow-ups").body()).contains(followUpA).doesNotContain(followUpB);
        assertThat(coordinatorA.get(G + "/follow-ups?bodyId=" + copilB).json()).isEmpty();
        assertThat(coordinatorA.get(G + "/dormant-bodies").body()).doesNotContain(copilB).doesNotContain(group);
        assertThat(coordinatorA.get(G + "/bodies/" + copilA).status()).isEqualTo(200);
        assertThat(coordinatorA.get(G + "/meetings/" + meetingA).status()).isEqualTo(200);

        assertThat(agent.get(upcoming).body()).as("the agent still sees the tenant's meetings")
                .contains(meetingA, meetingB, meetingOfGroup);
        assertThat(asPerson(TENANT, "coordinator.b", Roles.CLS_COORDINATOR).get(G + "/meetings/" + meetingB).status())
                .as("B's coordinator reads B's meeting").isEqualTo(200);
    }

    @Test
    void theSameSubjectFromAnotherIssuerIsNotTheCoordinator() throws Exception {
        HttpTestClient agent = asPerson(TENANT, "agent", Roles.ARS_AGENT);
        // C names coordinator.a of another issuer (a namesake) and coordinator.c of the tenant's issuer
        UUID c = contract("CLS secret de l'homonyme", List.of("coordinator.a", "coordinator.c"),
                List.of("https://another-idp.example/realms/cls", TestIssuer.trusted().issuer()));
        HttpTestClient coordinatorC = asPerson(TENANT, "coordinator.c", Roles.CLS_COORDINATOR);
        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesOf(coordinatorC, "?contractId=" + c).size() == 3);
        String copilC = bodiesOf(agent, "?contractId=" + c + "&kind=COPIL").get(0).get("id").asString();

        HttpTestClient namesake = asPerson(TENANT, "coordinator.a", Roles.CLS_COORDINATOR);
        assertThat(namesake.get(G + "/bodies/" + copilC).status()).isEqualTo(404);
        assertThat(namesake.get(G + "/bodies?contractId=" + c).json().get("items")).isEmpty();
        assertThat(namesake.get(G + "/bodies").body()).doesNotContain(c.toString()).doesNotContain("homonyme");
    }

    private static List<JsonNode> bodiesOf(HttpTestClient client, String query) {
        HttpTestClient.Response listed = client.get(G + "/bodies" + query);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().get("items").valueStream().toList();
    }

    private static String schedule(HttpTestClient agent, String body) {
        HttpTestClient.Response scheduled = agent.post(G + "/bodies/" + body + "/meetings",
                Map.of("scheduledOn", TODAY.plusDays(10).toString(), "place", "Mairie"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().get("id").asString();
    }

    /**
     * A contract entering elaboration (its bodies open), then its profile naming its coordinators.
     *
     * @param issuers aligned with the coordinators; null as from a producer that predates them
     */
    private UUID contract(String title, List<String> coordinators, List<String> issuers) throws Exception {
        UUID contract = UUID.randomUUID();
        publish(contract, ContractTransitionedV1.typeOf("agreement-given"), new ContractTransitionedV1(contract, "CLS", title,
                "FRAMING", "ELABORATION", TODAY, null, null, null, null));
        publish(contract, ContractProfileV1.TYPE, new ContractProfileV1(contract, "CLS", title, "ELABORATION", null, null, null,
                null, List.of(), List.of(), List.of(), coordinators, issuers));
        return contract;
    }

    private void publish(UUID contract, String type, Object payload) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service", type,
                contract.toString(), OffsetDateTime.now(), "application/json", TENANT, "test", json.valueToTree(payload));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }
}
