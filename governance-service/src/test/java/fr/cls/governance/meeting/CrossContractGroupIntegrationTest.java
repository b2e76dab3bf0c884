package fr.cls.governance.meeting;

import static fr.cls.governance.meeting.GovernanceApi.refusedRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.JsonNode;

import fr.cls.governance.events.DecisionRecordedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.meeting.GovernanceApi.Group;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;

/**
 * A département's group of all its CLS animators (a cross-contract body): created, members added, a meeting
 * convened and held, a decision with no effect on any contract and the action it calls for followed up; another
 * tenant finds none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SameDay.class })
class CrossContractGroupIntegrationTest extends ApiTestSupport {

    static final LocalDate TODAY = SameDay.TODAY;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    EventCodec codec;

    @Test
    void theMayennesGroupOfAnimatorsMeetsDecidesAnActionWithoutContractEffectAndAnotherTenantGets404() throws Exception {
        GovernanceApi mayenne = new GovernanceApi(as("cd-53", Roles.DEPARTEMENT_AGENT));
        Group group = mayenne.group("Groupe des animateurs CLS de la Mayenne " + System.nanoTime(),
                "Animatrice du Pays de Craon", "Animateur de Laval Agglomération", "Animatrice du Pays de Château-Gontier");
        JsonNode body = mayenne.client().get(group.path()).json();
        assertThat(body.get("kind").asString()).isEqualTo("CROSS_CONTRACT");
        assertThat(body.get("contractId").isNull()).isTrue();
        assertThat(body.get("votingMembers").asInt()).isEqualTo(3);
        assertThat(body.at("/quorum/percent").asInt()).as("the tenant's default quorum").isEqualTo(50);

        String meeting = mayenne.schedule(group, TODAY, "Hôtel du Département, Laval");
        String m = GovernanceApi.path(meeting);
        assertThat(refusedRules(mayenne.client().ifMatch(m).post(m + "/agenda", Map.of("title", "Valider un contrat", "purpose", "VALIDATE_CONTRACT"))))
                .containsExactly("copil-validates");
        assertThat(refusedRules(mayenne.client().ifMatch(m).post(m + "/agenda", Map.of("title", "Un contrat", "purpose", "OTHER",
                "contractId", UUID.randomUUID().toString())))).containsExactly("item-of-the-body-contract");
        mayenne.addItem(meeting, Map.of("title", "Formation commune des animateurs", "purpose", "OTHER"));
        JsonNode convened = mayenne.convene(meeting);
        assertThat(convened.get("status").asString()).isEqualTo("CONVENED");
        assertThat(convened.get("contractId").isNull()).isTrue();

        JsonNode held = mayenne.hold(meeting, group.members().subList(0, 2));
        assertThat(held.get("quorumReached").asBoolean()).as("two of three voting members").isTrue();
        String item = held.at("/agenda/0/id").asString();
        HttpTestClient.Response decided = mayenne.decide(meeting, item, Map.of("mode", "CONSENSUS",
                "text", "Une journée de formation commune sur la santé mentale, organisée par le Département."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().at("/agenda/0/decision/outcome").asString()).isEqualTo("ADOPTED");

        LocalDate due = TODAY.plusMonths(3);
        HttpTestClient.Response action = mayenne.client().post(group.path() + "/follow-ups", Map.of("kind", "ACTION", "meetingId", meeting,
                "title", "Organiser la journée de formation", "owner", "Animatrice du Pays de Craon", "dueOn", due.toString()));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        String followUp = action.json().get("id").asString();
        JsonNode listed = mayenne.client().get("/api/v1/governance/follow-ups?bodyId=" + group.id()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(followUp);
        assertThat(listed.get(0).get("meetingId").asString()).isEqualTo(meeting);
        assertThat(listed.get(0).get("owner").asString()).isEqualTo("Animatrice du Pays de Craon");
        assertThat(listed.get(0).get("dueOn").asString()).isEqualTo(due.toString());
        assertThat(listed.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(mayenne.minutesDocument(meeting)).contains("# Compte rendu — Groupe des animateurs CLS de la Mayenne",
                "Formation commune des animateurs** — adopté (par consensus) : Une journée de formation commune");

        try (TopicReader governance = new TopicReader(consumers, GovernanceEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> decisions = governance.awaitMatching(r -> r.key().equals(group.id())
                    && r.value().contains(DecisionRecordedV1.TYPE));
            EventEnvelope decision = codec.decode(decisions.get(0).value());
            assertThat(decision.tenantid()).isEqualTo("cd-53");
            JsonNode contract = decision.data().path("contractId");
            assertThat(contract.isNull() || contract.isMissingNode()).as("no contract is concerned").isTrue();
            assertThat(decision.data().get("purpose").asString()).isEqualTo("OTHER");
            assertThat(decision.data().get("outcome").asString()).isEqualTo("ADOPTED");
            // Keyed by the group's own id, in order: the convocation and the decision, nothing that unlocks a contract.
            assertThat(governance.awaitMatching(r -> r.key().equals(group.id())).stream().map(r -> codec.decode(r.value()).type()))
                    .containsExactly("cls.governance.meeting-convened.v1", DecisionRecordedV1.TYPE);
        }

        HttpTestClient stranger = as("ars-pays-de-la-loire", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        assertThat(stranger.get(group.path()).status()).isEqualTo(404);
        assertThat(stranger.get(group.path() + "/meetings").status()).isEqualTo(404);
        assertThat(stranger.get(m).status()).isEqualTo(404);
        assertThat(stranger.get(m + "/minutes").status()).isEqualTo(404);
        assertThat(stranger.ifMatch(group.path()).post(group.path() + "/members", Map.of("person", "Intrus", "organisation", "Ailleurs", "role", "MEMBER",
                "voting", true)).status()).isEqualTo(404);
        assertThat(stranger.post(group.path() + "/follow-ups", Map.of("kind", "ACTION", "title", "Intrusion", "owner", "Intrus"))
                .status()).isEqualTo(404);
        assertThat(stranger.ifMatch("/api/v1/governance/follow-ups/" + followUp).request("PUT", "/api/v1/governance/follow-ups/" + followUp + "/status", Map.of("status", "DONE"))
                .status()).isEqualTo(404);
        assertThat(stranger.ifMatch(m).post(m + "/agenda/" + item + "/decision", Map.of("mode", "CONSENSUS")).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/governance/bodies").json().findValuesAsString("id")).doesNotContain(group.id());
        assertThat(stranger.get("/api/v1/governance/follow-ups").json().findValuesAsString("id")).doesNotContain(followUp);

        JsonNode still = mayenne.client().get("/api/v1/governance/follow-ups?bodyId=" + group.id()).json();
        assertThat(still.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(mayenne.client().get(group.path()).json().get("members")).hasSize(3);
        HttpTestClient.Response done = mayenne.client().with("If-Match", action.header("ETag")).request("PUT",
                "/api/v1/governance/follow-ups/" + followUp + "/status", Map.of("status", "DONE"));
        assertThat(done.json().get("closedOn").asString()).isEqualTo(TODAY.toString());
    }
}
