package fr.cls.contract.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.tenancy.TenantDirectory;

/**
 * The operators keep the tenant directory through the API: a change reaches this instance through the real Kafka
 * topic (as it reaches every other), takes effect without restart, and a refused change leaves nothing behind.
 * Tenants here are new ones of this class: the topic is shared by every test context of the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cls.tenant-directory.http-issuers-allowed=true")
@Import(TestInfrastructure.class)
class TenantDirectoryIntegrationTest extends ApiTestSupport {

    static final String DIRECTORY = "/api/v1/tenant-directory";

    @Autowired
    TenantDirectory directory;

    HttpTestClient operator() {
        return as("platform", Roles.PLATFORM_OPERATOR);
    }

    static Map<String, Object> entry(String kind, String name, String code, String... roles) {
        return Map.of("kind", kind, "name", name, "inseeCode", code, "issuers", List.of(TestIssuer.trusted().issuer()),
                "rateLimit", Map.of("requestsPerSecond", 20, "burst", 40), "roles", List.of(roles));
    }

    @Test
    void anOperatorOnboardsATenantWhosePeopleActWithinSecondsWithoutRestart() {
        assertThat(as("cd-22", Roles.DEPARTEMENT_AGENT).get("/api/v1/contracts").status()).isEqualTo(401);

        HttpTestClient.Response created = operator().post(DIRECTORY,
                Map.of("id", "cd-22", "entry", entry("DEPARTEMENT", "Département des Côtes-d'Armor", "22")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).endsWith(DIRECTORY + "/cd-22");
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("cd-22").isPresent());
        assertThat(as("cd-22", Roles.DEPARTEMENT_AGENT).get("/api/v1/contracts").status()).isEqualTo(200);
        assertThat(operator().get(DIRECTORY).json().findValuesAsString("id")).contains("cd-22", "ars-bretagne");
        assertThat(operator().get("/api/v1/audit?action=tenant.create").json().at("/items/0/resourceId").asString())
                .isEqualTo("cd-22");
    }

    @Test
    void aSuspendedTenantIsLockedOutAndLetBackInWhenReinstated() {
        operator().post(DIRECTORY, Map.of("id", "cd-29", "entry", entry("DEPARTEMENT", "Département du Finistère", "29")));
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("cd-29").isPresent());
        HttpTestClient agent = as("cd-29", Roles.DEPARTEMENT_AGENT);
        assertThat(agent.get("/api/v1/contracts").status()).isEqualTo(200);

        HttpTestClient.Response suspended = operator().with("If-Match", "\"1\"")
                .request("POST", DIRECTORY + "/cd-29/suspension", null);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().get("suspended").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> agent.get("/api/v1/contracts").status() == 401);

        HttpTestClient.Response again = operator().with("If-Match", "\"2\"")
                .request("POST", DIRECTORY + "/cd-29/suspension", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/violations/0/rule").asString()).isEqualTo("tenant-active");

        HttpTestClient.Response reinstated = operator().with("If-Match", "\"2\"")
                .request("DELETE", DIRECTORY + "/cd-29/suspension", null);
        assertThat(reinstated.status()).as(reinstated.body()).isEqualTo(200);
        assertThat(reinstated.header("ETag")).isEqualTo("\"3\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> agent.get("/api/v1/contracts").status() == 200);
    }

    @Test
    void aTenantOfTheBootstrapFileIsChangedFromVersionZeroAndAStaleChangeIsRefused() {
        HttpTestClient.Response read = operator().get(DIRECTORY + "/cd-35");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        Map<String, Object> narrower = entry("DEPARTEMENT", "Département d'Ille-et-Vilaine", "35", "DEPARTEMENT_AGENT",
                "DEPARTEMENT_APPROVER", "CLS_COORDINATOR", "GOVERNANCE_MEMBER");
        HttpTestClient.Response changed = operator().with("If-Match", "\"0\"").request("PUT", DIRECTORY + "/cd-35", narrower);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("cd-35").get().version() == 1);

        HttpTestClient.Response stale = operator().with("If-Match", "\"0\"").request("PUT", DIRECTORY + "/cd-35", narrower);
        assertThat(stale.status()).isEqualTo(412);
        HttpTestClient.Response blind = operator().request("PUT", DIRECTORY + "/cd-35", narrower);
        assertThat(blind.status()).isEqualTo(428);
    }

    @Test
    void refusesEntriesThatBreakARuleNamingItAndKeepsNothing() {
        assertRule(operator().post(DIRECTORY, Map.of("id", "ars-x22", "entry", entry("ARS", "ARS ?", "22"))),
                409, "tenant-insee-code");
        assertRule(operator().post(DIRECTORY, Map.of("id", "ars-bzh-2", "entry", entry("ARS", "Autre ARS Bretagne", "53"))),
                409, "tenant-insee-code-free");
        assertRule(operator().post(DIRECTORY, Map.of("id", "ars-corse", "entry",
                entry("ARS", "ARS Corse", "94", "DEPARTEMENT_APPROVER"))), 409, "tenant-role-of-kind");
        assertRule(operator().post(DIRECTORY, Map.of("id", "ars-bretagne", "entry", entry("ARS", "ARS Bretagne", "53"))),
                409, "tenant-id-free");
        assertRule(operator().with("If-Match", "\"0\"").request("PUT", DIRECTORY + "/cd-53",
                entry("ARS", "Mayenne", "53")), 409, "tenant-kind-fixed");
        assertRule(operator().with("If-Match", "\"0\"").request("POST", DIRECTORY + "/platform/suspension", null),
                409, "tenant-suspend-own");

        HttpTestClient.Response badId = operator().post(DIRECTORY, Map.of("id", "CD 22", "entry",
                entry("DEPARTEMENT", "X", "22")));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("id");
        Map<String, Object> burstBelowRate = new java.util.HashMap<>(entry("DEPARTEMENT", "Département de l'Aude", "11"));
        burstBelowRate.put("rateLimit", Map.of("requestsPerSecond", 50, "burst", 10));
        HttpTestClient.Response burst = operator().post(DIRECTORY, Map.of("id", "cd-11", "entry", burstBelowRate));
        assertThat(burst.status()).isEqualTo(400);
        assertThat(burst.body()).contains("rateLimit.burst");

        assertThat(operator().get(DIRECTORY).json().findValuesAsString("id"))
                .doesNotContain("ars-x22", "ars-bzh-2", "ars-corse", "cd-11");
        assertThat(operator().get(DIRECTORY + "/cd-53").header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void onlyThePlatformsOperatorsReadOrKeepTheDirectory() {
        HttpTestClient approver = as("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER);

        assertThat(approver.get(DIRECTORY).status()).isEqualTo(403);
        assertThat(approver.post(DIRECTORY, Map.of("id", "cd-56", "entry", entry("DEPARTEMENT", "Morbihan", "56"))).status())
                .isEqualTo(403);
        assertThat(anonymous().get(DIRECTORY).status()).isEqualTo(401);
    }

    private static void assertRule(HttpTestClient.Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/violations/0/rule").asString()).isEqualTo(rule);
    }
}
