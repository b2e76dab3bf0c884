package fr.cls.funding.request;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.SameDay;
import fr.cls.platform.test.TestInfrastructure;

/**
 * A coordinator of contract A reaches A's funding and nothing of contract B of the same ARS (issue 13, point 4):
 * filing, amending, withdrawing, reading and simulating on B answer 404, and lists show A's requests only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, SameDay.class})
class CoordinatorConfinementIntegrationTest extends EventApiTestSupport {

    static final String OWNER = "ars-pays-de-la-loire";
    static final String F = "/api/v1/funding";

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
    void aCoordinatorOfContractAGets404OnContractBAndListsShowOnlyA() {
        int year = SameDay.TODAY.getYear();
        String scheme = "coord-" + System.nanoTime();
        HttpTestClient approver = fixtures.as(OWNER, Roles.ARS_APPROVER);
        FundingFixtures.scheme(approver, scheme);
        assertThat(approver.post(F + "/schemes/" + scheme + "/versions", Map.of("name", "Dispositif de test",
                "effectiveFrom", SameDay.TODAY.toString(), "rules", List.of(Map.of("type", "parity")))).status()).isEqualTo(201);
        UUID a = fixtures.contract(OWNER, "CLS", "CLS de Craon", "EPCI", 28_000, List.of("53"), List.of("245300330"), null, null,
                List.of(), List.of("coordinator.a"), List.of(TestIssuer.trusted().issuer()));
        // B's coordinator named before issuers were published: recognised while the tenant trusts one issuer
        UUID b = fixtures.contract(OWNER, "CLS", "CLS secret de Laval", "EPCI", 114_000, List.of("53"), List.of("200083392"), null,
                null, List.of(), List.of("coordinator.b"));
        Map<String, Object> onB = filing(b, scheme, year);
        HttpTestClient.Response ofB = fixtures.as(OWNER, Roles.ARS_AGENT).post(F + "/requests", onB);
        assertThat(ofB.status()).as(ofB.body()).isEqualTo(201);
        String requestB = F + "/requests/" + ofB.json().get("id").asString();

        HttpTestClient coordinatorA = fixtures.asSubject(OWNER, "coordinator.a", Roles.CLS_COORDINATOR);
        HttpTestClient.Response ofA = coordinatorA.post(F + "/requests", filing(a, scheme, year));
        assertThat(ofA.status()).as("their own contract: " + ofA.body()).isEqualTo(201);
        String requestA = ofA.json().get("id").asString();

        assertThat(coordinatorA.post(F + "/requests", onB).status()).as("filing on B").isEqualTo(404);
        assertThat(coordinatorA.get(requestB).status()).as("reading B's request").isEqualTo(404);
        assertThat(coordinatorA.with("If-Match", ofB.header("ETag")).request("PUT", requestB,
                Map.of("amountsByYear", Map.of(year, 1_000), "ownShareByYear", Map.of(year, 1_000))).status())
                .as("amending B's request").isEqualTo(404);
        assertThat(coordinatorA.with("If-Match", ofB.header("ETag")).post(requestB + "/withdrawal", Map.of()).status())
                .as("withdrawing B's request").isEqualTo(404);
        assertThat(coordinatorA.get(F + "/contracts/" + b + "/requests").status()).isEqualTo(404);
        assertThat(coordinatorA.get(F + "/contracts/" + b + "/conventions").status()).isEqualTo(404);
        assertThat(coordinatorA.post(F + "/simulations", Map.of("contractId", b, "amountsByYear", Map.of(year, 1_000),
                "ownShareByYear", Map.of(year, 1_000))).status()).as("simulating on B").isEqualTo(404);

        assertThat(ids(coordinatorA.get(F + "/requests?size=200"))).contains(requestA).doesNotContain(id(requestB));
        assertThat(coordinatorA.get(F + "/requests?size=200").body()).doesNotContain(b.toString());
        assertThat(coordinatorA.get(F + "/contracts/" + a + "/requests").status()).isEqualTo(200);
        assertThat(fixtures.as(OWNER, Roles.ARS_AGENT).get(requestB).status()).as("B's request is still there").isEqualTo(200);
        assertThat(fixtures.asSubject(OWNER, "coordinator.b", Roles.CLS_COORDINATOR).get(requestB).status())
                .as("B's coordinator reads it").isEqualTo(200);
    }

    @Test
    void theSameSubjectFromAnotherIssuerIsNotTheCoordinator() {
        int year = SameDay.TODAY.getYear();
        UUID c = fixtures.contract(OWNER, "CLS", "CLS secret de l'homonyme", "EPCI", 20_000, List.of("53"), List.of("245300330"),
                null, null, List.of(), List.of("coordinator.a"), List.of("https://another-idp.example/realms/cls"));
        HttpTestClient namesake = fixtures.asSubject(OWNER, "coordinator.a", Roles.CLS_COORDINATOR);

        assertThat(namesake.get(F + "/contracts/" + c + "/requests").status()).isEqualTo(404);
        assertThat(namesake.get(F + "/contracts/" + c + "/financing-plan").status()).isEqualTo(404);
        assertThat(namesake.post(F + "/requests", filing(c, "any-" + System.nanoTime(), year)).status()).isEqualTo(404);
        assertThat(namesake.get(F + "/requests?size=200").body()).doesNotContain(c.toString());
    }

    private static Map<String, Object> filing(UUID contract, String scheme, int year) {
        return Map.of("contractId", contract, "funder", OWNER, "schemeCode", scheme, "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(year, 10_000), "ownShareByYear", Map.of(year, 10_000));
    }

    private static List<String> ids(HttpTestClient.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
