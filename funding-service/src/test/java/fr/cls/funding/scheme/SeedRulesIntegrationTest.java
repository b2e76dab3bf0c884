package fr.cls.funding.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * The seed rules still missing, through the API on the seed schemes and real territories: the public terms say how
 * each rule is checked; Mayenne's plan alignment is a point of attention; Occitanie's coordinator post is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class SeedRulesIntegrationTest extends EventApiTestSupport {

    static final String PDL = "ars-pays-de-la-loire";
    static final String OCCITANIE = "ars-occitanie";

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    FundingFixtures fixtures;
    int year;

    @BeforeEach
    void fixtures() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    }

    @Test
    void thePublicTermsSayOfEverySeedRuleWhetherItIsEnforcedAPointOfAttentionOrNotCheckedAndWhy() {
        HttpTestClient anyone = fixtures.as("ars-bretagne", Roles.ARS_AGENT);

        JsonNode mayenne = anyone.get("/api/v1/funding/schemes?funder=cd-53").json().get(0);
        assertThat(terms(mayenne)).contains(Map.entry("cap-per-year", "ENFORCED"), Map.entry("plan-alignment", "ATTENTION"),
                Map.entry("mention-on-supports", "NOT_CHECKED"), Map.entry("shared-post-encouraged", "NOT_CHECKED"));
        assertThat(mayenne.get("terms").valueStream()).allSatisfy(term -> {
            assertThat(term.get("reasonFr").asString()).isNotBlank();
            assertThat(term.get("reasonEn").asString()).isNotBlank();
        });

        HttpTestClient.Response occitanie = anyone.get("/api/v1/funding/schemes/ars-occitanie/coordination-cls");
        assertThat(occitanie.status()).as(occitanie.body()).isEqualTo(200);
        assertThat(terms(occitanie.json().at("/versions/0"))).containsExactly(Map.entry("coordinator-post-shared", "ENFORCED"),
                Map.entry("minimum-two-signatories", "NOT_CHECKED"), Map.entry("dedicated-coordinator", "NOT_CHECKED"),
                Map.entry("copil-cotech-governance", "NOT_CHECKED"));
        assertThat(occitanie.json().at("/versions/0/rules/0/minimumContributors").asInt()).isEqualTo(2);
    }

    @Test
    void mayenneShowsActionsNotAlignedWithItsPlansAsAPointOfAttentionThatNeverRefuses() {
        // CC du Pays de Craon (53): 28,594 inhabitants, co-funded by the Département.
        UUID craon = fixtures.contract(PDL, "CLS", "CLS du Pays de Craon", "EPCI", 28_594, List.of("53"), List.of("200048551"),
                null, null, List.of("cd-53"));
        HttpTestClient owner = fixtures.as(PDL, Roles.ARS_AGENT);
        Map<String, Object> asked = Map.of("contractId", craon, "amountsByYear", Map.of(year + 1, 10_000),
                "ownShareByYear", Map.of(year + 1, 20_000));

        JsonNode before = mayenne(owner.post("/api/v1/funding/simulations", asked));
        assertThat(before.get("eligible").asBoolean()).isTrue();
        JsonNode alignment = rule(before, "plan-alignment");
        assertThat(alignment.get("passed").asBoolean()).isFalse();
        assertThat(alignment.get("attention").asBoolean()).isTrue();
        assertThat(alignment.get("explanationFr").asString())
                .isEqualTo("Aucune fiche action du contrat ne s'inscrit dans les plans cd-53/bien-vieillir-en-mayenne, cd-53/plan-ambition-sante-53");
        assertThat(rule(before, "cap-per-year").get("attention").asBoolean()).isFalse();

        HttpTestClient.Response filed = owner.post("/api/v1/funding/requests", Map.of("contractId", craon, "funder", "cd-53",
                "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(year + 1, 10_000),
                "ownShareByYear", Map.of(year + 1, 20_000)));
        assertThat(filed.status()).as("a point of attention does not refuse: " + filed.body()).isEqualTo(201);
        String evaluation = "/api/v1/funding/requests/" + filed.json().get("id").asString() + "/evaluation";
        HttpTestClient instructor = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        JsonNode instructed = instructor.get(evaluation).json();
        assertThat(instructed.get("eligible").asBoolean()).isTrue();
        assertThat(rule(instructed, "plan-alignment").get("attention").asBoolean()).as("shown in instruction").isTrue();
        assertThat(rule(instructed, "plan-alignment").get("passed").asBoolean()).isFalse();

        fixtures.actionSheet(PDL, craon, "Prévenir les chutes des personnes âgées", List.of("cd-53/bien-vieillir-en-mayenne"));
        JsonNode after = rule(mayenne(owner.post("/api/v1/funding/simulations", asked)), "plan-alignment");
        assertThat(after.get("passed").asBoolean()).isTrue();
        assertThat(after.get("explanationEn").asString())
                .isEqualTo("Action sheets aligned with the funder's plans: cd-53/bien-vieillir-en-mayenne (1)");
        assertThat(rule(instructor.get(evaluation).json(), "plan-alignment").get("passed").asBoolean()).isTrue();
        assertThat(fixtures.as("ars-bretagne", Roles.ARS_AGENT).get(evaluation).status()).as("a stranger").isEqualTo(404);
    }

    @Test
    void occitanieRefusesACoordinatorPostTheCollectiviteDoesNotShareAndThePlanCountsTheSignatories() {
        // CC du Grand Pic Saint-Loup (34): 51,217 inhabitants.
        UUID picSaintLoup = fixtures.contract(OCCITANIE, "CLS", "CLS du Grand Pic Saint-Loup", "EPCI", 51_217, List.of("34"),
                List.of("200022986"), null, null, List.of());
        HttpTestClient owner = fixtures.as(OCCITANIE, Roles.ARS_AGENT);

        HttpTestClient.Response alone = owner.post("/api/v1/funding/requests", Map.of("contractId", picSaintLoup, "funder",
                OCCITANIE, "schemeCode", "coordination-cls", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(year + 1, 25_000, year + 2, 25_000), "ownShareByYear", Map.of(year + 1, 20_000)));
        assertThat(alone.status()).as(alone.body()).isEqualTo(409);
        assertThat(alone.contentType()).startsWith("application/problem+json");
        assertThat(alone.json().at("/violations/0/rule").asString()).isEqualTo("coordinator-post-shared");
        assertThat(alone.json().at("/violations/0/message").asString()).contains("non partagé en " + (year + 2));

        HttpTestClient.Response shared = owner.post("/api/v1/funding/requests", Map.of("contractId", picSaintLoup, "funder",
                OCCITANIE, "schemeCode", "coordination-cls", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(year + 1, 25_000), "ownShareByYear", Map.of(year + 1, 20_000)));
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);

        JsonNode plan = owner.get("/api/v1/funding/contracts/" + picSaintLoup + "/financing-plan").json();
        JsonNode check = plan.get("checks").valueStream().filter(c -> c.get("rule").asString().equals("plan-coordinator-post-shared"))
                .findFirst().orElseThrow();
        assertThat(check.get("status").asString()).isEqualTo("PASS");
        assertThat(check.get("explanationEn").asString())
                .isEqualTo("Coordinator post shared by the signatories (" + (year + 1) + ": ars-occitanie, collectivité)");
    }

    private static List<Map.Entry<String, String>> terms(JsonNode scheme) {
        return scheme.get("terms").valueStream()
                .map(t -> Map.entry(t.get("rule").asString(), t.get("enforcement").asString())).toList();
    }

    private static JsonNode mayenne(HttpTestClient.Response simulation) {
        assertThat(simulation.status()).as(simulation.body()).isEqualTo(200);
        return simulation.json().valueStream().filter(e -> e.get("funder").asString().equals("cd-53")).findFirst()
                .orElseThrow(() -> new AssertionError("no Mayenne scheme in " + simulation.body()));
    }

    private static JsonNode rule(JsonNode evaluation, String code) {
        return evaluation.get("rules").valueStream().filter(r -> r.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + code + " in " + evaluation));
    }
}
