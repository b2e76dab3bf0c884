package fr.cls.funding.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import fr.cls.platform.test.MovableClock;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * A funder's scheme over time, through the HTTP API on PostgreSQL: created before any version, versions published to
 * start later and shown as upcoming, simulations as of a date, and a closing that stops new requests only. Each test
 * has a funder (and a contract owner) of its own; the clock is the one {@link SchemePublicationIntegrationTest} moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SchemePublicationIntegrationTest.Clocks.class })
class SchemesOverTimeIntegrationTest extends EventApiTestSupport {

    static final String S = "/api/v1/funding/schemes";

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Autowired
    MovableClock clock;

    FundingFixtures fixtures;
    String funder;
    String owner;
    HttpTestClient approver;
    LocalDate today;
    int year;

    @BeforeEach
    void funderOfItsOwn() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        funder = TestTenants.next();
        owner = TestTenants.next();
        approver = fixtures.as(funder, Roles.ARS_APPROVER);
        today = LocalDate.now((Clock) clock);
        year = today.getYear();
    }

    @Test
    void publishingUnderAnUnknownCodeIs404UntilTheFunderCreatesTheScheme() {
        HttpTestClient.Response typo = approver.post(S + "/animateur-sante/versions", version(today, 10_000));
        assertThat(typo.status()).isEqualTo(404);
        assertThat(typo.contentType()).startsWith("application/problem+json");
        assertThat(typo.json().get("detail").asString()).contains(funder + "/animateur-sante");

        assertThat(fixtures.as(funder, Roles.ARS_AGENT).post(S, Map.of("code", "appui-cls", "name", "Appui aux CLS")).status())
                .as("an agent does not create schemes").isEqualTo(403);
        HttpTestClient.Response badCode = approver.post(S, Map.of("code", "Appui CLS", "name", "Appui aux CLS"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("errors").findValuesAsString("field")).containsExactly("code");

        HttpTestClient.Response created = approver.post(S, Map.of("code", "appui-cls", "name", "Appui aux CLS",
                "source", "délibération (test)"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(S + "/" + funder + "/appui-cls");
        assertThat(created.header("ETag")).isNotBlank();
        JsonNode fresh = approver.get(created.header("Location")).json();
        assertThat(fresh.get("versions")).isEmpty();
        assertThat(fresh.get("open").asBoolean()).isTrue();
        HttpTestClient.Response again = approver.post(S, Map.of("code", "appui-cls", "name", "Autre"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(rules(again)).containsExactly("scheme-code-unique");

        HttpTestClient.Response published = approver.post(S + "/appui-cls/versions", version(today, 10_000));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("version").asInt()).isEqualTo(1);
        assertThat(published.json().get("name").asString()).as("the scheme's name by default").isEqualTo("Appui aux CLS");
        assertThat(published.json().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(approver.get(S + "?funder=" + funder).json().findValuesAsString("schemeCode")).containsExactly("appui-cls");
    }

    @Test
    void aVersionPublishedToStartLaterIsShownUpcomingAndJudgesFromItsFirstDay() {
        String code = scheme(10_000);
        UUID contract = contract();
        LocalDate start = today.plusDays(2);
        HttpTestClient.Response v2 = approver.post(S + "/" + code + "/versions", version(start, 8_000));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("status").asString()).isEqualTo("UPCOMING");

        HttpTestClient reader = fixtures.as(owner, Roles.ARS_AGENT);
        JsonNode terms = reader.get(S + "/" + funder + "/" + code).json();
        assertThat(terms.get("versionInForce").asInt()).isEqualTo(1);
        assertThat(terms.at("/upcoming/version").asInt()).isEqualTo(2);
        assertThat(terms.at("/upcoming/effectiveFrom").asString()).isEqualTo(start.toString());
        assertThat(terms.get("versions").findValuesAsString("status")).containsExactly("UPCOMING", "IN_FORCE");
        assertThat(terms.at("/versions/1/effectiveTo").asString()).as("version 1 ends the day before").isEqualTo(start.minusDays(1).toString());
        JsonNode everyFunder = reader.get(S).json();
        assertThat(everyFunder.findValues("tenantId").stream().filter(t -> t.asString().equals(funder)).count())
                .as("every funder's terms show the upcoming version too").isEqualTo(2);

        JsonNode now = simulate(reader, contract, 9_000, null).get(0);
        assertThat(now.get("schemeVersion").asInt()).isEqualTo(1);
        assertThat(now.get("asOf").asString()).isEqualTo(today.toString());
        assertThat(now.get("eligible").asBoolean()).isTrue();
        JsonNode dayBefore = simulate(reader, contract, 9_000, start.minusDays(1)).get(0);
        assertThat(dayBefore.get("schemeVersion").asInt()).isEqualTo(1);
        JsonNode then = simulate(reader, contract, 9_000, start).get(0);
        assertThat(then.get("schemeVersion").asInt()).isEqualTo(2);
        assertThat(then.get("eligible").asBoolean()).isFalse();
        assertThat(then.get("rules").findValuesAsString("schemeCode")).containsOnly(code);
        assertThat(then.get("rules").findValues("schemeVersion")).allMatch(v -> v.asInt() == 2);

        HttpTestClient.Response filedToday = reader.post("/api/v1/funding/requests", filing(contract, code, 9_000));
        assertThat(filedToday.status()).as(filedToday.body()).isEqualTo(201);
        assertThat(filedToday.json().get("schemeVersion").asInt()).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        HttpTestClient.Response refused = reader.post("/api/v1/funding/requests", filing(contract, code, 9_000));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(rules(refused)).containsExactly("cap-per-year");
        assertThat(refused.json().at("/violations/0/message").asString()).contains("dispositif " + funder + "/" + code + " version 2");
    }

    @Test
    void aSimulationDateIsValidated() {
        String code = scheme(10_000);
        UUID contract = contract();
        HttpTestClient reader = fixtures.as(owner, Roles.ARS_AGENT);
        for (String asOf : List.of("1999-12-31", "2100-01-01", "le 1er janvier")) {
            HttpTestClient.Response answer = reader.post("/api/v1/funding/simulations", Map.of("contractId", contract,
                    "amountsByYear", Map.of(year + 1, 1_000), "asOf", asOf));
            assertThat(answer.status()).as(asOf).isEqualTo(400);
            assertThat(answer.json().get("errors").findValuesAsString("field")).as(asOf).containsExactly("asOf");
        }
        assertThat(simulate(reader, contract, 1_000, LocalDate.of(2099, 12, 31)).get(0).get("schemeCode").asString()).isEqualTo(code);
    }

    @Test
    void aClosedSchemeRefusesNewRequestsFromItsClosingDayWhileThoseFiledBeforeRunOn() {
        String code = scheme(10_000);
        UUID contract = contract();
        HttpTestClient filer = fixtures.as(owner, Roles.ARS_AGENT);
        HttpTestClient.Response first = filer.post("/api/v1/funding/requests", filing(contract, code, 5_000));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        HttpTestClient.Response read = filer.get(S + "/" + funder + "/" + code);
        HttpTestClient.Response past = approver.with("If-Match", read.header("ETag")).post(S + "/" + code + "/closing",
                Map.of("closedFrom", today.minusDays(1).toString()));
        assertThat(rules(past)).containsExactly("closing-not-in-past");
        LocalDate closing = today.plusDays(1);
        HttpTestClient.Response closed = approver.with("If-Match", read.header("ETag")).post(S + "/" + code + "/closing",
                Map.of("closedFrom", closing.toString()));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("closedFrom").asString()).isEqualTo(closing.toString());
        assertThat(closed.json().get("open").asBoolean()).as("open until its closing day").isTrue();
        assertThat(closed.header("ETag")).isNotEqualTo(read.header("ETag"));
        assertThat(fixtures.as(owner, Roles.ARS_APPROVER).post(S + "/" + code + "/closing",
                Map.of("closedFrom", closing.toString())).status()).as("another tenant has no such scheme").isEqualTo(404);

        HttpTestClient.Response lastDay = filer.post("/api/v1/funding/requests", filing(contract, code, 4_000));
        assertThat(lastDay.status()).as("the day before the closing is the last day to file").isEqualTo(201);
        assertThat(simulate(filer, contract, 1_000, today).get(0).get("schemeClosedFrom").isNull()).isTrue();
        JsonNode left = simulate(filer, contract, 1_000, closing).get(0);
        assertThat(left.get("schemeClosedFrom").asString()).isEqualTo(closing.toString());
        assertThat(left.get("eligible").asBoolean()).isFalse();
        assertThat(left.get("maximumByYear")).isEmpty();
        assertThat(left.get("rules").findValuesAsString("code")).containsExactly("scheme-closed");
        assertThat(left.at("/rules/0/explanationEn").asString()).contains(funder + "/" + code + " (version 1)");

        clock.advance(Duration.ofDays(1));
        HttpTestClient.Response refused = filer.post("/api/v1/funding/requests", filing(contract, code, 1_000));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(rules(refused)).containsExactly("scheme-closed");
        assertThat(refused.json().at("/violations/0/message").asString()).contains(funder + "/" + code)
                .contains(closing.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(rules(approver.post(S + "/" + code + "/versions", version(today.plusDays(3), 1_000))))
                .containsExactly("scheme-closed");
        assertThat(filer.get(S + "/" + funder + "/" + code).json().get("open").asBoolean()).isFalse();

        HttpTestClient.Response amended = filer.with("If-Match", lastDay.header("ETag")).request("PUT",
                "/api/v1/funding/requests/" + lastDay.json().get("id").asString(), Map.of("amountsByYear", Map.of(year + 1, 3_000)));
        assertThat(amended.status()).as("a request filed before the closing is amended after it").isEqualTo(200);
        assertThat(amended.json().get("schemeVersion").asInt()).isEqualTo(1);

        String r = "/api/v1/funding/requests/" + first.json().get("id").asString();
        HttpTestClient.Response instructed = fixtures.as(funder, Roles.ARS_AGENT).with("If-Match", first.header("ETag"))
                .post(r + "/instruction", Map.of());
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        HttpTestClient.Response granted = approver.with("If-Match", instructed.header("ETag")).post(r + "/decision",
                Map.of("outcome", "GRANTED", "amountsByYear", Map.of(year + 1, 5_000)));
        assertThat(granted.status()).as("a request filed before the closing is decided after it").isEqualTo(200);
        HttpTestClient.Response convention = approver.post(r + "/convention", Map.of("beneficiary", "Communauté de communes",
                "validFrom", (year + 1) + "-01-01", "validUntil", (year + 1) + "-12-31"));
        assertThat(convention.status()).as(convention.body()).isEqualTo(201);
    }

    private String scheme(int capPerYear) {
        String code = FundingFixtures.scheme(approver, "appui-" + System.nanoTime());
        HttpTestClient.Response published = approver.post(S + "/" + code + "/versions", version(today, capPerYear));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return code;
    }

    private UUID contract() {
        return fixtures.contract(owner, "CLS", "CLS de " + owner, "EPCI", 30_000, List.of("22"), List.of(),
                LocalDate.of(year, 1, 1), LocalDate.of(year + 3, 12, 31), List.of(funder));
    }

    private static Map<String, Object> version(LocalDate from, int capPerYear) {
        return Map.of("effectiveFrom", from.toString(), "rules", List.of(Map.of("type", "cap-per-year", "amount", capPerYear)));
    }

    private Map<String, Object> filing(UUID contract, String code, int amount) {
        return Map.of("contractId", contract, "funder", funder, "schemeCode", code, "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(year + 1, amount));
    }

    private JsonNode simulate(HttpTestClient client, UUID contract, int amount, LocalDate asOf) {
        Map<String, Object> body = asOf == null ? Map.of("contractId", contract, "amountsByYear", Map.of(year + 1, amount))
                : Map.of("contractId", contract, "amountsByYear", Map.of(year + 1, amount), "asOf", asOf.toString());
        HttpTestClient.Response answer = client.post("/api/v1/funding/simulations", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json()).as("the funder's one scheme").hasSize(1);
        return answer.json();
    }

    private static List<String> rules(HttpTestClient.Response response) {
        return response.json().get("violations").findValuesAsString("rule");
    }
}
