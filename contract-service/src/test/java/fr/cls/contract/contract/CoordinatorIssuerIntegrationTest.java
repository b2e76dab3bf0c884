package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TwoIssuers;

/**
 * A coordinator is a person: issuer and subject. With a tenant trusting two issuers (test-tenants-two-issuers.yml),
 * the same subject from the other issuer is somebody else, who gets 404 on the contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, TwoIssuers.class })
@TestPropertySource(properties = TwoIssuers.TENANTS_FILE + "=test-tenants-two-issuers.yml")
class CoordinatorIssuerIntegrationTest extends ApiTestSupport {

    static final String TWO = "ars-two-issuers";

    @Autowired
    TestIssuer issuerB;
    static final TestIssuer issuerA = TestIssuer.trusted();

    @Test
    void twoIssuersOfOneTenantReusingASubjectAreTwoPeople() {
        HttpTestClient agent = asPerson(issuerA, TWO, "agent", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", newContract("CLS de Hyères")).json().get("id").asString();
        HttpTestClient.Response named = agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/coordinator",
                Map.of("subject", "coordinator.hyeres", "issuer", issuerA.issuer()));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().get("coordinatorIssuer").asString()).isEqualTo(issuerA.issuer());

        HttpTestClient coordinator = asPerson(issuerA, TWO, "coordinator.hyeres", Roles.CLS_COORDINATOR);
        HttpTestClient namesake = asPerson(issuerB, TWO, "coordinator.hyeres", Roles.CLS_COORDINATOR);

        assertThat(coordinator.get("/api/v1/contracts/" + id).status()).isEqualTo(200);
        assertThat(coordinator.get("/api/v1/contracts").json().get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(namesake.get("/api/v1/contracts/" + id).status()).isEqualTo(404);
        assertThat(namesake.get("/api/v1/contracts").json().get("items")).isEmpty();
    }

    @Test
    void theIssuerMustBeNamedWhenTheTenantTrustsSeveralAndMustBeOneItTrusts() {
        HttpTestClient agent = asPerson(issuerA, TWO, "agent", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", newContract("CLS de Brignoles")).json().get("id").asString();

        HttpTestClient.Response unnamed = agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/coordinator", Map.of("subject", "c.brignoles"));
        HttpTestClient.Response foreign = agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/coordinator",
                Map.of("subject", "c.brignoles", "issuer", "https://idp.elsewhere.test"));

        assertThat(unnamed.status()).isEqualTo(409);
        assertThat(unnamed.contentType()).startsWith("application/problem+json");
        assertThat(unnamed.json().get("violations").get(0).get("rule").asString()).isEqualTo("coordinator-issuer-required");
        assertThat(foreign.status()).isEqualTo(409);
        assertThat(foreign.json().get("violations").get(0).get("rule").asString()).isEqualTo("coordinator-issuer-trusted");
    }

    @Test
    void theIssuerDefaultsToTheTenantsOnlyIssuer() {
        HttpTestClient agent = asPerson(issuerA, "ars-one-issuer", "agent", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", newContract("CLS de Vienne")).json().get("id").asString();

        HttpTestClient.Response named = agent.ifMatch("/api/v1/contracts/" + id).post("/api/v1/contracts/" + id + "/coordinator", Map.of("subject", "c.vienne"));

        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("coordinatorIssuer").asString()).isEqualTo(issuerA.issuer());
        assertThat(asPerson(issuerA, "ars-one-issuer", "c.vienne", Roles.CLS_COORDINATOR).get("/api/v1/contracts/" + id).status())
                .isEqualTo(200);
    }

    private static String newContract(String title) {
        return "{\"kind\":\"CLS\",\"title\":\"" + title + "\",\"letterOfIntentReceivedOn\":\"2016-02-01\"}";
    }
}
