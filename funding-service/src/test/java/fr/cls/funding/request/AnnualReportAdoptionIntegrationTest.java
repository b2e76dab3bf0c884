package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.convention.Conventions;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.PaymentReleasedV1;
import fr.cls.funding.profile.AnnualReportAdoptions;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * ARS Bretagne publishes a version of its scheme whose payments wait for the COPIL's adoption of the previous year's
 * annual report, not only for its submission: the year's payment is released once governance-service says the COPIL
 * adopted it. The context is thrown away afterwards, since the new version would change what other tests expect of
 * Bretagne's scheme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cls.funding.release-interval=PT1S")
@Import(TestInfrastructure.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AnnualReportAdoptionIntegrationTest extends EventApiTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Autowired
    AnnualReportAdoptions adoptions;

    @Autowired
    Conventions conventions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPaymentWaitsForTheCopilsAdoptionOfThePreviousAnnualReportWhenTheSchemeVersionSaysSo() {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        LocalDate today = LocalDate.now(PARIS);
        int year = today.getYear();
        LocalDate start = LocalDate.of(year - 1, 1, 1);
        HttpTestClient agent = fixtures.as("ars-bretagne", Roles.ARS_AGENT);
        HttpTestClient approver = fixtures.as("ars-bretagne", Roles.ARS_APPROVER);

        HttpTestClient.Response published = approver.post("/api/v1/funding/schemes/ingenierie-territoriale/versions", Map.of(
                "name", "Appui financier à l'ingénierie territoriale en santé (bilan adopté en COPIL)",
                "effectiveFrom", today.toString(), "source", "décision du directeur général de l'ARS (test)",
                "rules", List.of(Map.of("type", "beneficiary-kinds", "kinds", List.of("GROUP_OF_EPCI", "EPCI")),
                        Map.of("type", "minimum-population", "inhabitants", 50_000),
                        Map.of("type", "cap-per-fte", "amountPerFte", 25_000, "twoFteFromPopulation", 150_000),
                        Map.of("type", "co-financing"),
                        Map.of("type", "yearly-instalments", "previousAnnualReportRequired", true,
                                "previousAnnualReportAdoptionRequired", true))));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("version").asInt()).isEqualTo(2);
        JsonNode instalments = published.json().get("rules").get(4);
        assertThat(instalments.get("previousAnnualReportAdoptionRequired").asBoolean()).isTrue();
        JsonNode v1 = agent.get("/api/v1/funding/schemes/ars-bretagne/ingenierie-territoriale").json().get("versions").get(1);
        assertThat(v1.get("rules").get(4).get("previousAnnualReportAdoptionRequired").asBoolean())
                .as("the seed version, stored without the option, does not require the adoption").isFalse();

        UUID contract = fixtures.contract("ars-bretagne", "CLS", "CLS de Saint-Brieuc Armor Agglomération", "EPCI", 154_023,
                List.of("22"), List.of("200069409"), start, start.plusYears(5).minusDays(1), List.of());
        JsonNode simulated = agent.post("/api/v1/funding/simulations", Map.of("contractId", contract,
                "amountsByYear", Map.of(year, 50_000), "ownShareByYear", Map.of(year, 25_000))).json().get(0);
        JsonNode explained = rule(simulated, "yearly-instalments");
        assertThat(explained.get("explanationFr").asString()).contains("adopté par le COPIL");
        assertThat(explained.get("explanationEn").asString()).contains("adopted by the COPIL");

        HttpTestClient.Response filed = agent.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "ars-bretagne",
                "schemeCode", "ingenierie-territoriale", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(year - 1, 50_000, year, 50_000), "ownShareByYear", Map.of(year - 1, 25_000, year, 25_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("schemeVersion").asInt()).isEqualTo(2);
        String requestId = filed.json().get("id").asString();
        String r = "/api/v1/funding/requests/" + requestId;
        String version = agent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of()).header("ETag");
        HttpTestClient.Response granted = approver.with("If-Match", version).post(r + "/decision",
                Map.of("outcome", "GRANTED", "amountsByYear", Map.of(year - 1, 50_000, year, 50_000)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        HttpTestClient.Response convention = agent.post(r + "/convention", Map.of("beneficiary", "Saint-Brieuc Armor Agglomération",
                "validFrom", start.toString(), "validUntil", start.plusYears(2).minusDays(1).toString()));
        assertThat(convention.status()).as(convention.body()).isEqualTo(201);
        String c = "/api/v1/funding/conventions/" + convention.json().get("id").asString();
        fixtures.asPerson("signatory", "ars-bretagne", Roles.ARS_APPROVER).with("If-Match", convention.header("ETag"))
                .post(c + "/signature", Map.of());
        assertThat(statuses(agent, c)).as("the first year needs no report").containsExactly("RELEASED", "PLANNED");

        fixtures.annualReport("ars-bretagne", contract, year - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs("ars-bretagne",
                () -> profiles.annualReportsReceived(contract)).contains(year - 1));
        assertThat(TenantContext.callAs("ars-bretagne", conventions::releaseDue)).as("submitted, not yet adopted").isZero();
        assertThat(statuses(agent, c)).containsExactly("RELEASED", "PLANNED");

        try (TopicReader funding = new TopicReader(consumers, FundingEvents.TOPIC)) {
            EventEnvelope adopted = fixtures.annualReportAdopted("ars-bretagne", contract, year - 1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statuses(agent, c))
                    .containsExactly("RELEASED", "RELEASED"));
            assertThat(released(funding, requestId, year)).hasSize(1);
            JsonNode before = agent.get(c + "/payments").json();

            fixtures.redeliver(GovernanceEvents.TOPIC, adopted);
            // Same key, so behind the redelivered event on its partition: once this one is in, the other was handled.
            fixtures.annualReportAdopted("ars-bretagne", contract, year);
            await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs("ars-bretagne",
                    () -> adoptions.adopted(contract)).contains(year));

            assertThat(TenantContext.callAs("ars-bretagne", () -> adoptions.adopted(contract))).containsExactly(year - 1, year);
            assertThat(jdbc.queryForObject("select count(*) from processed_event where consumer = ? and event_id = ?",
                    Integer.class, "funding-service.annual-report-adoptions", adopted.id())).as("handled once").isEqualTo(1);
            assertThat(agent.get(c + "/payments").json()).as("the redelivered adoption changed nothing").isEqualTo(before);
            assertThat(released(funding, requestId, year)).hasSize(1);
        }
    }

    private static List<String> statuses(HttpTestClient client, String convention) {
        return client.get(convention + "/payments").json().findValuesAsString("status");
    }

    private List<ConsumerRecord<String, String>> released(TopicReader reader, String requestId, int year) {
        return reader.awaitMatching(r -> r.key().equals(requestId) && r.value().contains(PaymentReleasedV1.TYPE)
                && codec.decode(r.value()).data().get("year").asInt() == year);
    }

    private static JsonNode rule(JsonNode evaluation, String code) {
        for (JsonNode rule : evaluation.get("rules")) {
            if (rule.get("code").asString().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + code + " in " + evaluation);
    }
}
