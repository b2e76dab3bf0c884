package fr.cls.funding.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import fr.cls.funding.FundingFixtures;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.MovableClock;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * The financing plan through the HTTP API with real tokens: every party sees every funder's amounts, a stranger
 * sees nothing, failing checks name their rule; and a funder's dashboard, its ages counted on an injected clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, FinancingPlanIntegrationTest.Clocks.class })
class FinancingPlanIntegrationTest extends EventApiTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String OWNER = "ars-pays-de-la-loire";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            // The test moves ten days on and reads the figures of one calendar year: late in December, start earlier.
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(PARIS);
            boolean lastDays = now.getDayOfYear() > now.toLocalDate().lengthOfYear() - 12;
            return new MovableClock(lastDays ? now.withDayOfMonth(15).toInstant() : now.toInstant(), PARIS);
        }
    }

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Autowired
    MovableClock clock;

    FundingFixtures fixtures;
    int year;

    @BeforeEach
    void fixtures() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        year = LocalDate.now((Clock) clock).getYear();
    }

    @Test
    void theOwnerAndTheCoFundingDepartementSeeBothFundersAmountsAndAStrangerGets404() {
        String scheme = parityScheme(OWNER);
        UUID craon = craon();
        HttpTestClient owner = fixtures.as(OWNER, Roles.ARS_AGENT);
        String ars = grant(OWNER, file(owner, craon, OWNER, scheme, "COORDINATOR_POST", Map.of(year, 15_000), Map.of(year, 15_000)),
                Map.of(year, 15_000));
        String c = signedConvention(OWNER, ars);
        HttpTestClient arsAgent = fixtures.as(OWNER, Roles.ARS_AGENT);
        JsonNode payment = arsAgent.get(c + "/payments").json().get(0);
        assertThat(arsAgent.with("If-Match", payment.get("version").asString())
                .post("/api/v1/funding/payments/" + payment.get("id").asString() + "/paid", Map.of()).status()).isEqualTo(200);
        String mayenne = grant("cd-53", file(owner, craon, "cd-53", "animateurs-sante", "COORDINATOR_POST", Map.of(year, 10_000),
                Map.of(year, 15_000)), Map.of(year, 10_000));

        // Another contract of the same owner, without the département: its amounts stay out of Craon's plan.
        UUID laval = fixtures.contract(OWNER, "CLS", "CLS de Laval Agglomération", "EPCI", 114_000, List.of("53"),
                List.of("200083392"), LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), List.of());
        file(owner, laval, OWNER, scheme, "COORDINATOR_POST", Map.of(year, 99_000), Map.of(year, 99_000));

        String plan = "/api/v1/funding/contracts/" + craon + "/financing-plan";
        HttpTestClient.Response byOwner = owner.get(plan + "?budget=50000");
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        JsonNode o = byOwner.json();
        assertThat(o.get("funders").findValuesAsString("funder")).containsExactly(OWNER, "cd-53");
        JsonNode arsCell = o.at("/funders/0/cells/0");
        assertThat(arsCell.get("year").asInt()).isEqualTo(year);
        assertThat(arsCell.get("purpose").asString()).isEqualTo("COORDINATOR_POST");
        assertThat(arsCell.at("/amounts/requested").decimalValue()).isEqualByComparingTo("15000");
        assertThat(arsCell.at("/amounts/granted").decimalValue()).isEqualByComparingTo("15000");
        assertThat(arsCell.at("/amounts/committed").decimalValue()).isEqualByComparingTo("15000");
        assertThat(arsCell.at("/amounts/paid").decimalValue()).isEqualByComparingTo("15000");
        JsonNode cdCell = o.at("/funders/1/cells/0");
        assertThat(cdCell.at("/amounts/granted").decimalValue()).isEqualByComparingTo("10000");
        assertThat(cdCell.at("/amounts/committed").decimalValue()).as("no convention signed yet").isEqualByComparingTo("0");
        assertThat(o.get("ownShareTotal").decimalValue()).as("the same own share declared twice counts once")
                .isEqualByComparingTo("15000");
        assertThat(o.get("planTotal").decimalValue()).isEqualByComparingTo("40000");
        assertThat(o.at("/totals/paid").decimalValue()).isEqualByComparingTo("15000");
        assertThat(statuses(o)).containsExactly(Map.entry("plan-parity", "PASS"), Map.entry("plan-no-double-funding", "PASS"),
                Map.entry("plan-within-budget", "PASS"), Map.entry("plan-coordinator-post-shared", "NOT_APPLICABLE"));

        HttpTestClient departement = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        HttpTestClient.Response byParty = departement.get(plan + "?budget=50000");
        assertThat(byParty.status()).as(byParty.body()).isEqualTo(200);
        assertThat(byParty.json().get("funders")).as("the party sees the ARS's amounts too").isEqualTo(o.get("funders"));
        assertThat(byParty.json().get("checks")).isEqualTo(o.get("checks"));
        assertThat(byParty.body()).doesNotContain("99000");
        assertThat(departement.get("/api/v1/funding/contracts/" + laval + "/financing-plan").status())
                .as("not a party of Laval's contract").isEqualTo(404);
        assertThat(departement.get("/api/v1/funding/requests/" + ars).status())
                .as("the plan opens amounts, not the ARS's request itself").isEqualTo(404);
        assertThat(owner.get("/api/v1/funding/requests/" + mayenne).status()).isEqualTo(200);

        HttpTestClient.Response stranger = fixtures.as("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER).get(plan);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(stranger.body()).doesNotContain("Craon").doesNotContain("15000");
        HttpTestClient coordinator = fixtures.as(OWNER, Roles.CLS_COORDINATOR);
        assertThat(coordinator.get(plan).status()).as("a coordinator not named on Craon's contract").isEqualTo(404);
        UUID coordinated = fixtures.contract(OWNER, "CLS", "CLS du Pays de Château-Gontier", "EPCI", 29_934, List.of("53"),
                List.of("245300447"), null, null, List.of(), List.of("test-cls_coordinator"));
        HttpTestClient.Response theirs = coordinator.get("/api/v1/funding/contracts/" + coordinated + "/financing-plan");
        assertThat(theirs.status()).as("the contract they coordinate: " + theirs.body()).isEqualTo(200);
        assertThat(fixtures.as("ars-bretagne", Roles.ARS_AGENT).get("/api/v1/funding/contracts/" + UUID.randomUUID()
                + "/financing-plan").status()).isEqualTo(404);
    }

    @Test
    void checksThatFailNameTheirRuleAndBadBudgetsAreRefused() {
        String scheme = parityScheme(OWNER);
        UUID craon = craon();
        HttpTestClient owner = fixtures.as(OWNER, Roles.ARS_AGENT);
        file(owner, craon, OWNER, scheme, "COORDINATOR_POST", Map.of(year, 15_000), Map.of(year, 15_000));
        // The same post asked again of the same ARS, with a smaller own share: each request alone meets parity.
        file(owner, craon, OWNER, scheme, "COORDINATOR_POST", Map.of(year, 10_000), Map.of(year, 10_000));
        file(owner, craon, "cd-53", "animateurs-sante", "COORDINATOR_POST", Map.of(year, 10_000), Map.of());

        String plan = "/api/v1/funding/contracts/" + craon + "/financing-plan";
        JsonNode o = owner.get(plan + "?budget=30000").json();
        assertThat(statuses(o)).containsExactly(Map.entry("plan-parity", "FAIL"), Map.entry("plan-no-double-funding", "FAIL"),
                Map.entry("plan-within-budget", "FAIL"), Map.entry("plan-coordinator-post-shared", "NOT_APPLICABLE"));
        assertThat(check(o, "plan-parity").get("explanationFr").asString())
                .contains("Parité non respectée par " + OWNER + " en " + year);
        assertThat(check(o, "plan-parity").get("explanationEn").asString()).contains("€25,000.00").contains("€15,000.00");
        assertThat(check(o, "plan-no-double-funding").get("explanationEn").asString())
                .contains("together bring €35,000.00 for a declared cost of €30,000.00");
        assertThat(check(o, "plan-within-budget").get("explanationEn").asString()).startsWith("Budget exceeded: €35,000.00");
        assertThat(check(owner.get(plan).json(), "plan-within-budget").get("status").asString()).isEqualTo("NOT_APPLICABLE");

        HttpTestClient.Response negative = owner.get(plan + "?budget=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.json().at("/errors/0/field").asString()).isEqualTo("budget");
        assertThat(negative.json().at("/errors/0/rule").asString()).isEqualTo("money-not-negative");
        assertThat(owner.get(plan + "?budget=10.125").json().at("/errors/0/rule").asString()).isEqualTo("money-in-cents");
        assertThat(owner.get(plan + "?budget=lots").status()).isEqualTo(400);
    }

    @Test
    void aFundersDashboardAddsItsAmountsCountsWaitingDaysAndListsConventionsEndingSoon() {
        String funder = TestTenants.next();
        String scheme = publish(funder, "tableau-" + System.nanoTime(), List.of());
        UUID contract = fixtures.contract(OWNER, "CLS", "CLS du Pays de Château-Gontier", "EPCI", 31_000, List.of("53"),
                List.of("245300330"), LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), List.of(funder));
        HttpTestClient owner = fixtures.as(OWNER, Roles.ARS_AGENT);
        HttpTestClient agent = fixtures.as(funder, Roles.ARS_AGENT);
        LocalDate day0 = LocalDate.now((Clock) clock);

        String granted = grant(funder, file(owner, contract, funder, scheme, "ENGINEERING", Map.of(year, 8_000), Map.of()),
                Map.of(year, 8_000));
        String c = signedConvention(funder, granted, LocalDate.of(year, 1, 1), day0.plusMonths(2));
        JsonNode payment = agent.get(c + "/payments").json().get(0);
        agent.with("If-Match", payment.get("version").asString())
                .post("/api/v1/funding/payments/" + payment.get("id").asString() + "/paid", Map.of());
        HttpTestClient.Response framework = agent.post("/api/v1/funding/conventions", Map.of("contractId", contract,
                "beneficiary", "CC du Pays de Château-Gontier", "validFrom", day0.toString(),
                "validUntil", day0.plusMonths(5).toString()));
        assertThat(framework.status()).as(framework.body()).isEqualTo(201);
        HttpTestClient.Response withdrawn = file(owner, contract, funder, scheme, "ACTIONS", Map.of(year, 1_000), Map.of());
        owner.with("If-Match", withdrawn.header("ETag")).post("/api/v1/funding/requests/" + id(withdrawn) + "/withdrawal", Map.of());
        String oldest = id(file(owner, contract, funder, scheme, "DIAGNOSTIC", Map.of(year, 2_000), Map.of()));
        clock.advance(Duration.ofDays(4));
        HttpTestClient.Response later = file(owner, contract, funder, scheme, "ACTIONS", Map.of(year + 1, 5_000), Map.of());
        agent.with("If-Match", later.header("ETag")).post("/api/v1/funding/requests/" + id(later) + "/instruction", Map.of());
        clock.advance(Duration.ofDays(6));
        LocalDate today = LocalDate.now((Clock) clock);

        HttpTestClient.Response answer = agent.get("/api/v1/funding/dashboard");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode d = answer.json();
        assertThat(d.get("funder").asString()).isEqualTo(funder);
        assertThat(d.at("/totals/requested").decimalValue()).as("withdrawn requests are not counted").isEqualByComparingTo("15000");
        assertThat(d.at("/totals/granted").decimalValue()).isEqualByComparingTo("8000");
        assertThat(d.at("/totals/paid").decimalValue()).isEqualByComparingTo("8000");
        assertThat(d.get("byYear").findValuesAsString("year")).containsExactly(String.valueOf(year), String.valueOf(year + 1));
        assertThat(d.at("/byYear/0/amounts/requested").decimalValue()).isEqualByComparingTo("10000");
        assertThat(d.at("/byYear/1/amounts/requested").decimalValue()).isEqualByComparingTo("5000");
        assertThat(d.at("/byScheme/0/schemeCode").asString()).isEqualTo(scheme);
        assertThat(d.at("/waiting/count").asInt()).isEqualTo(2);
        assertThat(d.at("/waiting/oldestAgeDays").asLong()).isEqualTo(10);
        assertThat(d.get("waiting").get("requests").findValuesAsString("id")).containsExactly(oldest, id(later));
        assertThat(d.get("waiting").get("requests").findValuesAsString("status")).containsExactly("SUBMITTED", "UNDER_INSTRUCTION");
        assertThat(d.at("/waiting/requests/1/ageDays").asLong()).isEqualTo(6);
        assertThat(d.at("/waiting/requests/0/contractTitle").asString()).isEqualTo("CLS du Pays de Château-Gontier");
        assertThat(d.get("expiring").findValuesAsString("kind")).as("within 3 months by default").containsExactly("FINANCIAL");
        assertThat(d.at("/expiring/0/daysLeft").asLong()).isEqualTo(ChronoUnit.DAYS.between(today, day0.plusMonths(2)));
        assertThat(agent.get("/api/v1/funding/dashboard?expiringWithinMonths=6").json().get("expiring").findValuesAsString("kind"))
                .containsExactly("FINANCIAL", "FRAMEWORK");
        JsonNode nextYear = agent.get("/api/v1/funding/dashboard?year=" + (year + 1)).json();
        assertThat(nextYear.at("/totals/requested").decimalValue()).isEqualByComparingTo("5000");
        assertThat(nextYear.at("/totals/paid").decimalValue()).isEqualByComparingTo("0");

        assertThat(owner.get("/api/v1/funding/dashboard").json().get("waiting").get("requests").findValuesAsString("id"))
                .as("the owner's dashboard is its own as a funder").doesNotContain(oldest);
        assertThat(agent.get("/api/v1/funding/dashboard?year=1999").json().at("/errors/0/field").asString()).isEqualTo("year");
        assertThat(agent.get("/api/v1/funding/dashboard?expiringWithinMonths=0").status()).isEqualTo(400);
        assertThat(fixtures.as(OWNER, Roles.CLS_COORDINATOR).get("/api/v1/funding/dashboard").status()).isEqualTo(403);

        HttpTestClient.Response csv = agent.get("/api/v1/funding/dashboard.csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFFrubrique;annee;dispositif;demande;accorde;verse;identifiant;contrat;objet;statut;date;jours\r\n")
                .contains("montants;" + year + ";" + scheme + ";10000,00;8000,00;8000,00;;;;;;\r\n")
                .contains("montants;" + (year + 1) + ";" + scheme + ";5000,00;0,00;0,00;;;;;;\r\n")
                .contains("total;;;15000,00;8000,00;8000,00;;;;;;\r\n")
                .contains("attente;;" + scheme + ";2000,00;;;" + oldest + ";CLS du Pays de Château-Gontier;DIAGNOSTIC;SUBMITTED;"
                        + day0 + ";10\r\n")
                .contains("echeance;;;;;;");
    }

    private UUID craon() {
        return fixtures.contract(OWNER, "CLS", "CLS du Pays de Craon", "EPCI", 28_594, List.of("53"), List.of("200048551"),
                LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), List.of("cd-53"));
    }

    private String parityScheme(String funder) {
        return publish(funder, "parite-" + System.nanoTime(), List.of(Map.of("type", "parity")));
    }

    private String publish(String funder, String code, List<Map<String, Object>> rules) {
        FundingFixtures.scheme(fixtures.as(funder, Roles.ARS_APPROVER), code);
        HttpTestClient.Response published = fixtures.as(funder, Roles.ARS_APPROVER).post("/api/v1/funding/schemes/" + code + "/versions",
                Map.of("name", "Dispositif de test", "effectiveFrom", LocalDate.now((Clock) clock).toString(), "rules", rules));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return code;
    }

    private HttpTestClient.Response file(HttpTestClient owner, UUID contract, String funder, String scheme, String purpose,
            Map<Integer, Integer> asked, Map<Integer, Integer> own) {
        HttpTestClient.Response filed = owner.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", funder,
                "schemeCode", scheme, "purpose", purpose, "amountsByYear", asked, "ownShareByYear", own));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed;
    }

    /** Instructed by the funder's agent, granted by its approver; returns the request's id. */
    private String grant(String funder, HttpTestClient.Response filed, Map<Integer, Integer> amounts) {
        boolean ars = funder.startsWith("ars-") || funder.startsWith("test-");
        String r = "/api/v1/funding/requests/" + id(filed);
        String v = fixtures.as(funder, ars ? Roles.ARS_AGENT : Roles.DEPARTEMENT_AGENT).with("If-Match", filed.header("ETag"))
                .post(r + "/instruction", Map.of()).header("ETag");
        HttpTestClient.Response granted = fixtures.as(funder, ars ? Roles.ARS_APPROVER : Roles.DEPARTEMENT_APPROVER)
                .with("If-Match", v).post(r + "/decision", Map.of("outcome", "GRANTED", "amountsByYear", amounts));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        return id(filed);
    }

    private String signedConvention(String funder, String requestId) {
        return signedConvention(funder, requestId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Drafted and signed by the funder (an ARS or a test tenant); returns the convention's path. */
    private String signedConvention(String funder, String requestId, LocalDate from, LocalDate until) {
        HttpTestClient.Response drafted = fixtures.as(funder, Roles.ARS_AGENT).post("/api/v1/funding/requests/" + requestId + "/convention",
                Map.of("beneficiary", "Communauté de communes", "validFrom", from.toString(), "validUntil", until.toString()));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String c = "/api/v1/funding/conventions/" + id(drafted);
        HttpTestClient.Response signed = fixtures.asPerson("signatory", funder, Roles.ARS_APPROVER).with("If-Match", drafted.header("ETag"))
                .post(c + "/signature", Map.of());
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return c;
    }

    private static String id(HttpTestClient.Response response) {
        return response.json().get("id").asString();
    }

    private static List<Map.Entry<String, String>> statuses(JsonNode plan) {
        return plan.get("checks").valueStream().map(c -> Map.entry(c.get("rule").asString(), c.get("status").asString())).toList();
    }

    private static JsonNode check(JsonNode plan, String rule) {
        return plan.get("checks").valueStream().filter(c -> c.get("rule").asString().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + rule + " in " + plan));
    }
}
