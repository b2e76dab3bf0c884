package fr.cls.contract.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class DashboardIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @LocalServerPort
    int port;

    HttpTestClient as(String tenant, String... roles) {
        return new HttpTestClient("http://localhost:" + port).with("Authorization", TestIssuer.trusted().bearer(tenant, roles));
    }

    @Test
    void theDashboardCountsContractsByKindAndStatusListsThoseEndingSoonAndThePopulationCovered() {
        String tenant = TestTenants.next();
        HttpTestClient approver = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS qui finit bientôt", TODAY.minusYears(3), TODAY.plusMonths(2), 60_000);
        importContract(approver, "CLS qui finit plus tard", TODAY.minusYears(1), TODAY.plusYears(2), 154_023);
        approver.post("/api/v1/contracts", Map.of("kind", "CLSM", "title", "CLSM en projet"));

        JsonNode overview = approver.get("/api/v1/contracts/dashboard?endingWithinMonths=6").json();

        assertThat(overview.get("contractsByKindAndStatus").toString())
                .contains("{\"kind\":\"CLS\",\"status\":\"IN_FORCE\",\"contracts\":2}")
                .contains("{\"kind\":\"CLSM\",\"status\":\"LETTER_OF_INTENT_RECEIVED\",\"contracts\":1}");
        assertThat(overview.get("endingSoon").findValuesAsString("title")).containsExactly("CLS qui finit bientôt");
        assertThat(overview.get("populationInForce").asLong()).isEqualTo(214_023);
        assertThat(as(TestTenants.next(), Roles.ARS_AGENT).get("/api/v1/contracts/dashboard").json()
                .get("contractsByKindAndStatus").size()).isZero();
    }

    @Test
    void theCsvExportHasTheChosenColumnsAndFiltersAndNothingOfOtherTenants() {
        String tenant = TestTenants.next();
        HttpTestClient approver = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS, avec une virgule", TODAY.minusYears(1), TODAY.plusYears(2), 70_000);
        approver.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS en projet"));
        as(TestTenants.next(), Roles.ARS_AGENT).post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS d'un autre"));

        HttpTestClient.Response csv = approver.get("/api/v1/contracts/export?columns=title,status,territoryPopulation&status=IN_FORCE");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).containsExactly("title,status,territoryPopulation",
                "\"CLS, avec une virgule\",IN_FORCE,70000");
    }

    @Test
    void anArsSeesThePopulationCoveredAgainstItsRegionsAndTheAnnualReportsOverdue() {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(bretagne, "CLS en cours depuis deux ans", TODAY.minusYears(2), TODAY.plusYears(1), 154_023);

        JsonNode overview = bretagne.get("/api/v1/contracts/dashboard").json();

        long region = overview.get("regionPopulation").asLong();
        assertThat(region).as("INSEE population of Bretagne's communes").isBetween(3_400_000L, 3_600_000L);
        assertThat(overview.get("coverageRate").asDouble()).isPositive()
                .isCloseTo(overview.get("populationInForce").asLong() * 100.0 / region, org.assertj.core.api.Assertions.within(0.01));
        if (TODAY.isAfter(LocalDate.of(TODAY.getYear(), 3, 31))) {
            assertThat(overview.get("reportsOverdue").findValuesAsString("title")).contains("CLS en cours depuis deux ans");
        }
    }

    @Test
    void anUnknownColumnIsRefusedNamingIt() {
        HttpTestClient.Response refused = as(TestTenants.next(), Roles.ARS_AGENT).get("/api/v1/contracts/export?columns=title,salary");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("salary");
    }

    private static void importContract(HttpTestClient approver, String title, LocalDate start, LocalDate end, long population) {
        HttpTestClient.Response imported = approver.post("/api/v1/contracts/imports", Map.of("kind", "CLS", "title", title,
                "status", "IN_FORCE", "startDate", start.toString(), "endDate", end.toString(), "territoryPopulation", population,
                "signatories", List.of(Map.of("organisation", "ARS", "kind", "ARS", "signedOn", start.toString()),
                        Map.of("organisation", "Collectivité", "kind", "COLLECTIVITE", "signedOn", start.toString()))));
        assertThat(imported.status()).isEqualTo(201);
    }
}
