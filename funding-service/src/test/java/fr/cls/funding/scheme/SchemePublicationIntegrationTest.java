package fr.cls.funding.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** A département changes its scheme by publishing a version: new requests meet it, requests already filed keep theirs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SchemePublicationIntegrationTest.Clocks.class })
class SchemePublicationIntegrationTest extends EventApiTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.now(), PARIS);
        }
    }

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Autowired
    MovableClock clock;

    @Test
    void aNewVersionPublishedByTheDepartementAppliesToNewRequestsOnly() {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        LocalDate today = LocalDate.now((Clock) clock);
        int year = today.getYear();
        UUID craon = fixtures.contract("ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon", "EPCI", 28_594, List.of("53"),
                List.of("200048551"), LocalDate.of(year, 1, 1), LocalDate.of(year + 3, 12, 31), List.of("cd-53"));
        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        HttpTestClient approver = fixtures.as("cd-53", Roles.DEPARTEMENT_APPROVER);
        HttpTestClient.Response before = owner.post("/api/v1/funding/requests", request(craon, year + 1, 10_000));
        assertThat(before.json().get("schemeVersion").asInt()).isEqualTo(1);

        List<Map<String, Object>> stricter = List.of(Map.of("type", "beneficiary-kinds", "kinds", List.of("EPCI")),
                Map.of("type", "funder-territory", "departementCode", "53"), Map.of("type", "cap-per-year", "amount", 8_000),
                Map.of("type", "maximum-years", "years", 3));
        Map<String, Object> v2 = Map.of("name", "Cofinancement des animateurs territoriaux de santé (2027)",
                "effectiveFrom", today.plusDays(1).toString(), "rules", stricter, "source", "délibération du conseil départemental (test)");
        assertThat(fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT).post("/api/v1/funding/schemes/animateurs-sante/versions", v2)
                .status()).as("an agent does not publish").isEqualTo(403);
        HttpTestClient.Response past = approver.post("/api/v1/funding/schemes/animateurs-sante/versions",
                Map.of("name", "Rétroactif", "effectiveFrom", today.minusDays(1).toString(), "rules", stricter));
        assertThat(past.status()).isEqualTo(409);
        assertThat(past.json().get("violations").findValuesAsString("rule")).containsExactly("effective-not-in-past");
        HttpTestClient.Response unknownRule = approver.post("/api/v1/funding/schemes/animateurs-sante/versions",
                Map.of("name", "Inconnu", "effectiveFrom", today.plusDays(1).toString(), "rules", List.of(Map.of("type", "lottery"))));
        assertThat(unknownRule.status()).isEqualTo(400);

        HttpTestClient.Response published = approver.post("/api/v1/funding/schemes/animateurs-sante/versions", v2);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("version").asInt()).isEqualTo(2);
        var versions = owner.get("/api/v1/funding/schemes/cd-53/animateurs-sante").json().get("versions");
        assertThat(versions.get(0).get("effectiveTo").isNull()).as("version 2 is open-ended").isTrue();
        assertThat(versions.get(1).get("effectiveTo").asString()).as("version 1 ends the day before").isEqualTo(today.toString());

        clock.advance(Duration.ofDays(1));
        HttpTestClient.Response after = owner.post("/api/v1/funding/requests", request(craon, year + 1, 10_000));
        assertThat(after.json().get("violations").findValuesAsString("rule")).containsExactly("cap-per-year");
        HttpTestClient.Response within = owner.post("/api/v1/funding/requests", request(craon, year + 2, 8_000));
        assertThat(within.json().get("schemeVersion").asInt()).isEqualTo(2);

        String r = "/api/v1/funding/requests/" + before.json().get("id").asString();
        String v = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT).with("If-Match", before.header("ETag"))
                .post(r + "/instruction", Map.of()).header("ETag");
        HttpTestClient.Response granted = approver.with("If-Match", v).post(r + "/decision",
                Map.of("outcome", "GRANTED", "amountsByYear", Map.of(year + 1, 10_000)));
        assertThat(granted.status()).as("judged under the version it was filed under").isEqualTo(200);
        assertThat(granted.json().get("schemeVersion").asInt()).isEqualTo(1);
    }

    private static Map<String, Object> request(UUID contract, int year, int amount) {
        return Map.of("contractId", contract, "funder", "cd-53", "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(year, amount));
    }
}
