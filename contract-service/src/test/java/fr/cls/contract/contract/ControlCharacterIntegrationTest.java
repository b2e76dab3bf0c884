package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/** A control character in a text (PostgreSQL refuses NUL) is the client's mistake: 400 naming the field, not a 409. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ControlCharacterIntegrationTest extends ApiTestSupport {

    @Test
    void aNulInABodyFieldAnswers400NamingTheFieldAndNothingIsCreated() {
        HttpTestClient agent = agent(TestTenants.next());

        HttpTestClient.Response refused = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de\u0000Die"));

        assertInvalid(refused, "title");
        assertThat(agent.get("/api/v1/contracts").json().get("totalItems").asLong()).isZero();
    }

    @Test
    void aControlCharacterInAListOfABodyIsNamedByItsJsonPath() {
        HttpTestClient agent = agent(TestTenants.next());
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Die")).json().get("id").asString();

        HttpTestClient.Response refused = agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/territory",
                Map.of("communes", List.of("26113", "26\u001b114")));

        assertInvalid(refused, "communes[1]");
    }

    @Test
    void tabsAndLineBreaksOfFreeTextAreAccepted() {
        HttpTestClient.Response created = agent(TestTenants.next()).post("/api/v1/contracts",
                Map.of("kind", "CLS", "title", "CLS de Die\tet du Diois\r\n(2016)"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aNulInAQueryParameterAnswers400NamingTheParameter() {
        assertInvalid(agent(TestTenants.next()).get("/api/v1/territories/communes?q=Die%00"), "q");
        assertInvalid(agent(TestTenants.next()).get("/api/v1/contracts/export?status=%01IN_FORCE"), "status");
    }

    private static void assertInvalid(HttpTestClient.Response refused, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("rule").asString()).isEqualTo("no-control-characters");
        assertThat(error.get("message").asString()).contains("caractères de contrôle");
    }

    private HttpTestClient agent(String tenant) {
        return as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
    }
}
