package fr.cls.contract.funderplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.ConsumerFactory;

import fr.cls.contract.events.ContractEvents;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Funders publish their plans; action sheets reference them, checked, and carry them in their events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class FunderPlanIntegrationTest extends ApiTestSupport {

    static final String OWNER = "ars-pays-de-la-loire";
    static final String AMBITION_SANTE = "cd-53/plan-ambition-sante-53";
    static final String BIEN_VIEILLIR = "cd-53/bien-vieillir-en-mayenne";

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    JsonMapper json;

    @Test
    void everyTenantReadsMayennesPlansAsPublicTerms() {
        HttpTestClient stranger = as("ars-paca", Roles.ARS_AGENT);

        JsonNode plans = stranger.get("/api/v1/funder-plans?funder=cd-53").json();
        assertThat(plans.findValuesAsString("reference")).containsExactly(BIEN_VIEILLIR, AMBITION_SANTE);
        assertThat(plans.findValuesAsString("name")).containsExactly("Bien Vieillir en Mayenne", "Plan Ambition Santé 53");
        assertThat(plans.at("/1/periodStart").asString()).isEqualTo("2017-12-01");
        assertThat(plans.at("/1/periodEnd").isNull()).isTrue();
        assertThat(stranger.get("/api/v1/funder-plans").json().findValuesAsString("reference")).contains(AMBITION_SANTE);
        assertThat(stranger.get("/api/v1/funder-plans?funder=ars-paca").json().size()).isZero();
    }

    @Test
    void aFundersApproverPublishesItsOwnPlanOnceAndBadPlansAreRefusedNamingTheFieldOrRule() {
        String code = "plan-test-" + System.nanoTime();
        HttpTestClient approver = as("cd-53", Roles.DEPARTEMENT_AGENT, Roles.DEPARTEMENT_APPROVER);

        HttpTestClient.Response published = approver.post("/api/v1/funder-plans", Map.of("code", code, "name",
                "Schéma départemental de l'autonomie", "periodStart", "2024-01-01", "periodEnd", "2028-12-31"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("reference").asString()).isEqualTo("cd-53/" + code);
        assertThat(as("ars-paca", Roles.ARS_AGENT).get("/api/v1/funder-plans?funder=cd-53").json().findValuesAsString("code"))
                .contains(code);

        HttpTestClient.Response again = approver.post("/api/v1/funder-plans", Map.of("code", code, "name", "Autre",
                "periodStart", "2024-01-01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/violations/0/rule").asString()).isEqualTo("funder-plan-code-free");

        HttpTestClient.Response badCode = approver.post("/api/v1/funder-plans", Map.of("code", "Plan Autonomie", "name", "X",
                "periodStart", "2024-01-01"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.contentType()).startsWith("application/problem+json");
        assertThat(badCode.body()).contains("code");

        HttpTestClient.Response backwards = approver.post("/api/v1/funder-plans", Map.of("code", code + "-b", "name", "X",
                "periodStart", "2024-01-01", "periodEnd", "2023-12-31"));
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.json().at("/violations/0/rule").asString()).isEqualTo("funder-plan-period-in-order");

        HttpTestClient.Response byAnAgent = as("cd-53", Roles.DEPARTEMENT_AGENT).post("/api/v1/funder-plans",
                Map.of("code", code + "-c", "name", "X", "periodStart", "2024-01-01"));
        assertThat(byAnAgent.status()).isEqualTo(403);
        assertThat(approver.get("/api/v1/funder-plans?funder=cd-53").json().findValuesAsString("code"))
                .doesNotContain(code + "-b", code + "-c");
    }

    @Test
    void anActionSheetIsAlignedWithKnownFunderPlansOnlyAndItsEventsCarryThem() throws Exception {
        HttpTestClient agent = as(OWNER, Roles.ARS_AGENT);
        String c = contractInElaboration(agent);
        String axis = agent.post(c + "/axes", Map.of("code", "1", "title", "Bien vieillir", "order", 1)).json().get("id").asString();

        HttpTestClient.Response created = agent.post(c + "/action-sheets", sheet(axis, List.of(AMBITION_SANTE)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("funderPlans").valueStream().map(JsonNode::asString)).containsExactly(AMBITION_SANTE);

        HttpTestClient.Response unknown = agent.post(c + "/action-sheets", sheet(axis, List.of(AMBITION_SANTE, "cd-53/plan-inconnu")));
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().at("/violations/0/rule").asString()).isEqualTo("funder-plan-known");
        assertThat(unknown.json().at("/violations/0/message").asString()).startsWith("funderPlans[1]").contains("cd-53/plan-inconnu");

        HttpTestClient.Response malformed = agent.post(c + "/action-sheets", sheet(axis, List.of("Plan Ambition Santé 53")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("funderPlans");
        assertThat(agent.get(c + "/action-sheets").json().size()).as("nothing written by the refused sheets").isEqualTo(1);

        String s = c + "/action-sheets/" + created.json().get("id").asString();
        HttpTestClient.Response edited = agent.ifMatch(s).request("PUT", s,
                sheet(axis, List.of(AMBITION_SANTE, BIEN_VIEILLIR)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("funderPlans").valueStream().map(JsonNode::asString)).containsExactly(AMBITION_SANTE, BIEN_VIEILLIR);
        HttpTestClient.Response refusedEdit = agent.ifMatch(s).request("PUT", s,
                sheet(axis, List.of("ars-paca/plan-inconnu")));
        assertThat(refusedEdit.status()).isEqualTo(409);
        assertThat(agent.get(s).json().get("funderPlans").size()).as("the refused edit changed nothing").isEqualTo(2);

        String id = c.substring(c.lastIndexOf('/') + 1);
        try (TopicReader reader = new TopicReader(consumers, ContractEvents.TOPIC)) {
            JsonNode updated = reader.awaitMatching(r -> id.equals(r.key()) && r.value().contains("cls.contract.action-sheet-updated.v1"))
                    .stream().map(r -> json.readTree(r.value()).get("data")).findFirst().orElseThrow();
            assertThat(updated.get("funderPlans").valueStream().map(JsonNode::asString)).containsExactly(AMBITION_SANTE, BIEN_VIEILLIR);
        }
    }

    private String contractInElaboration(HttpTestClient agent) {
        HttpTestClient approver = as(OWNER, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS du Pays de Craon " + System.nanoTime(),
                "letterOfIntentReceivedOn", "2024-10-01")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        assertThat(agent.ifMatch(c).post(c + "/framing", Map.of("on", "2024-10-15")).status()).isEqualTo(200);
        assertThat(approver.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS")).status()).isEqualTo(200);
        HttpTestClient.Response diagnostic = agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true,
                "resourcesPortrait", true));
        assertThat(diagnostic.status()).as(diagnostic.body()).isEqualTo(200);
        return c;
    }

    private static Map<String, Object> sheet(String axisId, List<String> funderPlans) {
        return Map.of("axisId", axisId, "title", "Prévenir les chutes", "objective", "Moins de chutes à domicile",
                "pilot", "CIAS", "startDate", "2025-01-01", "endDate", "2025-12-31", "budget", new java.math.BigDecimal("8000"),
                "funderPlans", funderPlans);
    }
}
