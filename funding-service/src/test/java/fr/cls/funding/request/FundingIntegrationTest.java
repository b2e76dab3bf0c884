package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.events.ConventionAmendedV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.events.PaymentReleasedV1;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The cases with the real territorial figures, through the HTTP API on a real PostgreSQL and Kafka: the
 * simulation, requests refused with the rule named, instruction and decision by the funder, the convention and
 * its payments released when their conditions hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cls.funding.release-interval=PT1S")
@Import(TestInfrastructure.class)
class FundingIntegrationTest extends EventApiTestSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    static final LocalDate START = LocalDate.of(YEAR, 1, 1);

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    FundingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
    }

    @Test
    void simulationAnswersRuleByRuleWithTheCapsOfSaintBrieucAndOfASmallerGroup() {
        HttpTestClient ars = fixtures.as("ars-bretagne", Roles.ARS_AGENT);
        UUID saintBrieuc = fixtures.contract("ars-bretagne", "CLS", "CLS de Saint-Brieuc Armor Agglomération", "EPCI", 154_023,
                List.of("22"), List.of("200069409"), START, START.plusYears(5).minusDays(1), List.of());
        JsonNode answer = ars.post("/api/v1/funding/simulations", Map.of("contractId", saintBrieuc,
                "amountsByYear", Map.of(YEAR, 50_000), "ownShareByYear", Map.of(YEAR, 20_000))).json();
        assertThat(answer).hasSize(1);
        JsonNode bretagne = answer.get(0);
        assertThat(bretagne.get("funder").asString()).isEqualTo("ars-bretagne");
        assertThat(bretagne.get("eligible").asBoolean()).isTrue();
        assertThat(bretagne.at("/maximumByYear/" + YEAR).decimalValue()).isEqualByComparingTo("50000");
        JsonNode capPerFte = rule(bretagne, "cap-per-fte");
        assertThat(capPerFte.get("explanationFr").asString()).contains("2 ETP");
        assertThat(capPerFte.get("explanationEn").asString()).contains("2 FTE");

        UUID group = fixtures.contract("ars-bretagne", "CLS", "CLS d'un regroupement de 60 000 habitants", "GROUP_OF_EPCI", 60_000,
                List.of("22"), List.of(), START, START.plusYears(5).minusDays(1), List.of());
        JsonNode smaller = ars.post("/api/v1/funding/simulations", Map.of("contractId", group,
                "amountsByYear", Map.of(YEAR, 30_000), "ownShareByYear", Map.of(YEAR, 20_000))).json().get(0);
        assertThat(smaller.get("eligible").asBoolean()).isFalse();
        assertThat(smaller.at("/maximumByYear/" + YEAR).decimalValue()).isEqualByComparingTo("25000");
        assertThat(rule(smaller, "cap-per-fte").get("passed").asBoolean()).isFalse();

        UUID small = fixtures.contract("ars-bretagne", "CLS", "CLS d'un EPCI de 45 000 habitants", "EPCI", 45_000,
                List.of("22"), List.of(), START, START.plusYears(5).minusDays(1), List.of());
        HttpTestClient.Response refused = ars.post("/api/v1/funding/requests", Map.of("contractId", small, "funder", "ars-bretagne",
                "schemeCode", "ingenierie-territoriale", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(YEAR, 20_000),
                "ownShareByYear", Map.of(YEAR, 20_000)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(rules(refused)).containsExactly("minimum-population");
    }

    @Test
    void mayenneCoFundsAnEpciFromRequestToPaymentAndRefusesWhatItsRulesForbid() throws Exception {
        UUID craon = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon", "EPCI", 28_594, List.of("53"),
                List.of("200048551"), START, START.plusYears(5).minusDays(1), List.of("cd-53"));
        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        HttpTestClient agent = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        HttpTestClient approver = fixtures.as("cd-53", Roles.DEPARTEMENT_APPROVER);

        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(craon, Map.of(YEAR, 12_000)))))
                .containsExactly("cap-per-year");
        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(craon,
                Map.of(YEAR, 10_000, YEAR + 1, 10_000, YEAR + 2, 10_000, YEAR + 3, 1_000)))))
                .containsExactlyInAnyOrder("cap-over-period", "maximum-years");
        UUID commune = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS de Laval (commune)", "COMMUNE", 49_400, List.of("53"),
                List.of("53130"), START, START.plusYears(5).minusDays(1), List.of("cd-53"));
        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(commune, Map.of(YEAR, 10_000)))))
                .containsExactly("beneficiary-kinds");

        try (TopicReader funding = new TopicReader(consumers, FundingEvents.TOPIC)) {
            HttpTestClient.Response filed = owner.post("/api/v1/funding/requests",
                    mayenne(craon, Map.of(YEAR, 10_000, YEAR + 1, 10_000, YEAR + 2, 10_000)));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            String id = filed.json().get("id").asString();
            String r = "/api/v1/funding/requests/" + id;
            assertThat(filed.json().get("funder").asString()).isEqualTo("cd-53");
            assertThat(filed.json().get("schemeVersion").asInt()).isEqualTo(1);
            EventEnvelope submitted = one(funding, FundingRequestSubmittedV1.TYPE, id);
            assertThat(submitted.tenantid()).as("the request is the funder's").isEqualTo("cd-53");
            assertThat(agent.get("/api/v1/funding/requests/waiting").json().get("items").findValuesAsString("id")).contains(id);

            assertThat(owner.ifMatch(r).post(r + "/instruction", Map.of()).status()).as("the owner does not instruct").isEqualTo(403);
            HttpTestClient.Response instructed = agent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of());
            assertThat(instructed.json().get("status").asString()).isEqualTo("UNDER_INSTRUCTION");
            String version = instructed.header("ETag");

            Map<String, Object> grant = Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 10_000, YEAR + 1, 10_000, YEAR + 2, 8_000));
            assertThat(agent.with("If-Match", version).post(r + "/decision", grant).status()).as("an agent is not an approver")
                    .isEqualTo(403);
            assertThat(approver.with("If-Match", filed.header("ETag")).post(r + "/decision", grant).status()).as("stale version")
                    .isEqualTo(412);
            HttpTestClient.Response above = approver.with("If-Match", version).post(r + "/decision",
                    Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 10_500)));
            assertThat(rules(above)).as("a decision above a cap is impossible").containsExactly("cap-per-year");
            assertThat(rules(approver.with("If-Match", version).post(r + "/decision",
                    Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR + 3, 5_000))))).containsExactly("granted-years-requested");
            assertThat(agent.get(r).json().get("status").asString()).isEqualTo("UNDER_INSTRUCTION");

            HttpTestClient.Response granted = approver.with("If-Match", version).post(r + "/decision", grant);
            assertThat(granted.status()).as(granted.body()).isEqualTo(200);
            assertThat(granted.json().get("grantedTotal").decimalValue()).isEqualByComparingTo("28000");
            assertThat(rules(approver.with("If-Match", granted.header("ETag")).post(r + "/decision",
                    Map.of("outcome", "REFUSED", "reasons", "changed our mind")))).containsExactly("decided-once");
            EventEnvelope decided = one(funding, FundingRequestDecidedV1.TYPE, id);
            assertThat(decided.data().get("outcome").asString()).isEqualTo("GRANTED");
            assertThat(owner.get(r).json().get("status").asString()).as("the owner sees the decision").isEqualTo("GRANTED");

            HttpTestClient.Response convention = agent.post(r + "/convention", Map.of("beneficiary", "CC du Pays de Craon",
                    "validFrom", START.toString(), "validUntil", START.plusYears(3).minusDays(1).toString()));
            assertThat(convention.status()).as(convention.body()).isEqualTo(201);
            String c = "/api/v1/funding/conventions/" + convention.json().get("id").asString();
            HttpTestClient signatory = fixtures.asPerson("signatory", "cd-53", Roles.DEPARTEMENT_APPROVER);
            HttpTestClient.Response signed = signatory.with("If-Match", convention.header("ETag")).post(c + "/signature", Map.of());
            assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
            one(funding, ConventionSignedV1.TYPE, id);

            JsonNode payments = agent.get(c + "/payments").json();
            assertThat(payments.findValuesAsString("status")).containsExactly("RELEASED", "PLANNED", "PLANNED");
            one(funding, PaymentReleasedV1.TYPE, id);
            JsonNode first = payments.get(0);
            HttpTestClient.Response paid = agent.with("If-Match", first.get("version").asString())
                    .post("/api/v1/funding/payments/" + first.get("id").asString() + "/paid", Map.of());
            assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
            assertThat(paid.json().get("amount").decimalValue()).isEqualByComparingTo("10000");

            HttpTestClient.Response amended = approver.with("If-Match", signed.header("ETag")).request("PUT", c + "/amounts",
                    Map.of("amountsByYear", Map.of(YEAR, 10_000, YEAR + 1, 9_000, YEAR + 2, 8_000), "note", "avenant n°1"));
            assertThat(amended.status()).as(amended.body()).isEqualTo(200);
            assertThat(agent.get(c + "/payments").json().get(1).get("amount").decimalValue()).isEqualByComparingTo("9000");
            assertThat(agent.get(c + "/history").json().findValuesAsString("change")).containsExactly("drafted", "signed", "amended");
            EventEnvelope amendedEvent = one(funding, ConventionAmendedV1.TYPE, id);
            assertThat(amendedEvent.data().get("amountsByYear").get(String.valueOf(YEAR + 1)).decimalValue()).isEqualByComparingTo("9000");
            assertThat(amendedEvent.data().get("note").asString()).isEqualTo("avenant n°1");
            assertThat(approver.with("If-Match", amended.header("ETag")).post(c + "/cancellation", Map.of()).status())
                    .as("a cancellation says why").isEqualTo(400);
            HttpTestClient.Response cancelled = approver.with("If-Match", amended.header("ETag")).post(c + "/cancellation",
                    Map.of("reason", "poste d'animateur supprimé"));
            assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
            assertThat(agent.get(c + "/payments").json().findValuesAsString("status")).as("what was paid stays paid")
                    .containsExactly("PAID", "CANCELLED", "CANCELLED");
            assertThat(agent.get(c + "/history").json().findValuesAsString("change")).endsWith("cancelled");
            assertThat(one(funding, ConventionCancelledV1.TYPE, id).data().get("reason").asString())
                    .isEqualTo("poste d'animateur supprimé");
            assertThat(fixtures.as("ars-paca", Roles.ARS_AGENT).get(c).status()).as("a stranger").isEqualTo(404);
        }
    }

    @Test
    void mayennesCapsHoldAcrossTheRequestsOfOneContract() {
        UUID coevrons = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS des Coëvrons", "EPCI", 26_746, List.of("53"),
                List.of("200033298"), START, START.plusYears(5).minusDays(1), List.of("cd-53"));
        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        HttpTestClient.Response first = owner.post("/api/v1/funding/requests",
                mayenne(coevrons, Map.of(YEAR, 10_000, YEAR + 1, 10_000)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(coevrons, Map.of(YEAR, 1_000)))))
                .as("10,000 already asked in the year").containsExactly("cap-per-year");
        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(coevrons, Map.of(YEAR + 3, 1_000)))))
                .as("a fourth year").containsExactly("maximum-years");
        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(coevrons, Map.of(YEAR + 2, 10_500)))))
                .as("30,500 in total").containsExactly("cap-per-year", "cap-over-period");
        HttpTestClient.Response second = owner.post("/api/v1/funding/requests", mayenne(coevrons, Map.of(YEAR + 2, 10_000)));
        assertThat(second.status()).as("the third year fits: " + second.body()).isEqualTo(201);

        String r = "/api/v1/funding/requests/" + first.json().get("id").asString();
        HttpTestClient.Response withdrawn = owner.with("If-Match", first.header("ETag")).post(r + "/withdrawal", Map.of());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(owner.post("/api/v1/funding/requests", mayenne(coevrons, Map.of(YEAR, 10_000))).status())
                .as("a withdrawn request holds nothing").isEqualTo(201);
    }

    @Test
    void bretagnePaysTheNextYearOnlyOnceThePreviousAnnualReportIsIn() {
        UUID contract = fixtures.contract("ars-bretagne", "CLS", "CLS de Saint-Brieuc Armor Agglomération", "EPCI", 154_023,
                List.of("22"), List.of("200069409"), START.minusYears(1), START.plusYears(4).minusDays(1), List.of());
        HttpTestClient agent = fixtures.as("ars-bretagne", Roles.ARS_AGENT);
        HttpTestClient approver = fixtures.as("ars-bretagne", Roles.ARS_APPROVER);
        HttpTestClient.Response filed = agent.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "ars-bretagne",
                "schemeCode", "ingenierie-territoriale", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(YEAR - 1, 50_000, YEAR, 50_000), "ownShareByYear", Map.of(YEAR - 1, 25_000, YEAR, 25_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String r = "/api/v1/funding/requests/" + filed.json().get("id").asString();
        String version = agent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of()).header("ETag");
        String granted = approver.with("If-Match", version).post(r + "/decision",
                Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR - 1, 50_000, YEAR, 50_000))).header("ETag");
        assertThat(granted).isNotNull();
        HttpTestClient.Response convention = agent.post(r + "/convention", Map.of("beneficiary", "Saint-Brieuc Armor Agglomération",
                "validFrom", START.minusYears(1).toString(), "validUntil", START.plusYears(1).minusDays(1).toString()));
        String c = "/api/v1/funding/conventions/" + convention.json().get("id").asString();
        fixtures.asPerson("signatory", "ars-bretagne", Roles.ARS_APPROVER).with("If-Match", convention.header("ETag"))
                .post(c + "/signature", Map.of());
        assertThat(agent.get(c + "/payments").json().findValuesAsString("status")).as("the first year needs no report")
                .containsExactly("RELEASED", "PLANNED");

        fixtures.annualReport("ars-bretagne", contract, YEAR - 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(agent.get(c + "/payments").json()
                .findValuesAsString("status")).containsExactly("RELEASED", "RELEASED"));
    }

    @Test
    void araRefusesAParityBreachAClsBesideAFundedClsmAndAnExpiredConvention() {
        HttpTestClient agent = fixtures.as("ars-ara", Roles.ARS_AGENT);
        HttpTestClient approver = fixtures.as("ars-ara", Roles.ARS_APPROVER);
        LocalDate end = START.plusYears(5).minusDays(1);
        UUID vichy = fixtures.contract("ars-ara", "CLS", "CLS de Vichy Communauté", "EPCI", 83_990, List.of("03"),
                List.of("200071363"), START, end, List.of());
        agent.post("/api/v1/funding/conventions", Map.of("contractId", vichy, "beneficiary", "Vichy Communauté",
                "validFrom", START.minusYears(3).toString(), "validUntil", START.minusDays(1).toString()));
        assertThat(rules(agent.post("/api/v1/funding/requests", ara(vichy, 30_000, 30_000)))).containsExactly("valid-convention");

        HttpTestClient.Response framework = agent.post("/api/v1/funding/conventions", Map.of("contractId", vichy,
                "beneficiary", "Vichy Communauté", "validFrom", START.toString(), "validUntil", end.toString()));
        assertThat(framework.status()).as(framework.body()).isEqualTo(201);
        assertThat(rules(agent.post("/api/v1/funding/requests", ara(vichy, 40_000, 30_000)))).containsExactly("parity");
        assertThat(agent.post("/api/v1/funding/requests", ara(vichy, 30_000, 30_000)).status()).isEqualTo(201);

        // A CLSM on the same territory, funded by the ARS: a CLS there may not be funded as well.
        UUID clsm = fixtures.contract("ars-ara", "CLSM", "CLSM de Vichy", "EPCI", 83_990, List.of("03"), List.of("200071363"),
                START, end, List.of());
        agent.post("/api/v1/funding/conventions", Map.of("contractId", clsm, "beneficiary", "Vichy Communauté",
                "validFrom", START.toString(), "validUntil", end.toString()));
        HttpTestClient.Response clsmRequest = agent.post("/api/v1/funding/requests", ara(clsm, 20_000, 20_000));
        String r = "/api/v1/funding/requests/" + clsmRequest.json().get("id").asString();
        String v = agent.with("If-Match", clsmRequest.header("ETag")).post(r + "/instruction", Map.of()).header("ETag");
        assertThat(approver.with("If-Match", v).post(r + "/decision", Map.of("outcome", "GRANTED",
                "amountsByYear", Map.of(YEAR, 20_000))).status()).isEqualTo(200);
        assertThat(rules(agent.post("/api/v1/funding/requests", ara(vichy, 10_000, 10_000))))
                .containsExactly("no-cls-and-clsm-on-same-territory");
    }

    @Test
    void badInputGetsAPreciseProblemAndChangesNothing() {
        UUID craon = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon", "EPCI", 28_594, List.of("53"),
                List.of("200048551"), START, START.plusYears(3).minusDays(1), List.of("cd-53"));
        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        HttpTestClient.Response negative = owner.post("/api/v1/funding/requests", mayenne(craon, Map.of(YEAR, -5)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.json().at("/errors/0/rule").asString()).isEqualTo("euros");
        assertThat(negative.json().at("/errors/0/field").asString()).isEqualTo("amountsByYear[" + YEAR + "]");
        HttpTestClient.Response cents = owner.post("/api/v1/funding/requests", mayenne(craon, Map.of(YEAR, new BigDecimal("100.125"))));
        assertThat(cents.status()).isEqualTo(400);
        assertThat(cents.json().at("/errors/0/rule").asString()).isEqualTo("euros");
        assertThat(cents.json().at("/errors/0/message").asString()).contains("at most 2 decimals");
        assertThat(rules(owner.post("/api/v1/funding/requests", mayenne(craon, Map.of(YEAR + 5, 1_000)))))
                .containsExactly("years-within-contract");
        HttpTestClient.Response foreignScheme = owner.post("/api/v1/funding/requests", Map.of("contractId", craon, "funder", "cd-53",
                "schemeCode", "ingenierie-territoriale", "purpose", "ENGINEERING", "amountsByYear", Map.of(YEAR, 1_000)));
        assertThat(foreignScheme.status()).as("ARS Bretagne's scheme is not cd-53's").isEqualTo(404);
        HttpTestClient.Response notAParty = fixtures.as("ars-bretagne", Roles.ARS_AGENT).post("/api/v1/funding/requests",
                mayenne(craon, Map.of(YEAR, 1_000)));
        assertThat(notAParty.status()).as("a stranger to the contract").isEqualTo(404);
        HttpTestClient.Response missing = owner.post("/api/v1/funding/requests", Map.of("funder", "cd-53"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).contains("contractId", "schemeCode", "purpose");
        assertThat(owner.get("/api/v1/funding/contracts/" + craon + "/requests").json()).as("nothing was filed").isEmpty();
    }

    @Test
    void anInvalidAmountIsA400NamingItsYearBeforeAnyRuleIsAsked() {
        UUID craon = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon", "EPCI", 28_594, List.of("53"),
                List.of("200048551"), START, START.plusYears(3).minusDays(1), List.of("cd-53"));
        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);

        HttpTestClient.Response simulated = owner.post("/api/v1/funding/simulations", Map.of("contractId", craon,
                "amountsByYear", Map.of(YEAR, -1), "ownShareByYear", Map.of(YEAR + 1, new BigDecimal("10.555"))));
        assertThat(simulated.status()).as("no funder takes part yet: still the request's own fault").isEqualTo(400);
        assertThat(simulated.contentType()).startsWith("application/problem+json");
        assertThat(simulated.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("amountsByYear[" + YEAR + "]", "ownShareByYear[" + (YEAR + 1) + "]");

        HttpTestClient.Response filed = owner.post("/api/v1/funding/requests", Map.of("contractId", UUID.randomUUID(),
                "funder", "cd-53", "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(YEAR, 1_000), "ownShareByYear", Map.of(YEAR, new BigDecimal("1.001"))));
        assertThat(filed.status()).as("an unknown contract is not looked at before the amounts").isEqualTo(400);
        assertThat(filed.json().at("/errors/0/field").asString()).isEqualTo("ownShareByYear[" + YEAR + "]");
        assertThat(filed.json().at("/errors/0/message").asString()).contains("from 0 to");
    }

    private static Map<String, Object> mayenne(UUID contract, Map<Integer, ?> amounts) {
        return Map.of("contractId", contract, "funder", "cd-53", "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST",
                "amountsByYear", amounts);
    }

    private static Map<String, Object> ara(UUID contract, int ars, int collectivite) {
        return Map.of("contractId", contract, "funder", "ars-ara", "schemeCode", "cls", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(YEAR, ars), "ownShareByYear", Map.of(YEAR, collectivite));
    }

    private static JsonNode rule(JsonNode evaluation, String code) {
        for (JsonNode rule : evaluation.get("rules")) {
            if (rule.get("code").asString().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + code + " in " + evaluation);
    }

    private static List<String> rules(HttpTestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("violations").findValuesAsString("rule");
    }

    private EventEnvelope one(TopicReader reader, String type, String requestId) {
        List<ConsumerRecord<String, String>> found = reader.awaitMatching(r -> r.key().equals(requestId) && r.value().contains(type));
        assertThat(found).hasSize(1);
        return codec.decode(found.get(0).value());
    }
}
