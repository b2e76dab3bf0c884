package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;

/** A contract belongs to its ARS; tenants taking part read it; everyone else gets 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ContractPartiesIntegrationTest extends ApiTestSupport {

    @Test
    void aCoFundingDepartementReadsTheContractButCannotChangeIt() {
        HttpTestClient pdl = as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        HttpTestClient mayenne = as("cd-53", Roles.DEPARTEMENT_AGENT);
        String id = pdl.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS du Pays de Château-Gontier"))
                .json().get("id").asString();
        assertThat(mayenne.get("/api/v1/contracts/" + id).status()).isEqualTo(404);

        HttpTestClient.Response added = pdl.post("/api/v1/contracts/" + id + "/parties",
                Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(as("ars-pays-de-la-loire", Roles.ARS_APPROVER).get("/api/v1/audit?action=contract.party-add")
                .json().get("items").findValuesAsString("resourceId")).contains(id);
        assertThat(mayenne.get("/api/v1/contracts/" + id).status()).isEqualTo(200);
        assertThat(mayenne.get("/api/v1/contracts").json().get("items").findValuesAsString("id")).contains(id);
        assertThat(mayenne.get("/api/v1/contracts/" + id + "/parties").json().findValuesAsString("tenantId"))
                .containsExactly("cd-53");
        assertThat(as("cd-53", Roles.DEPARTEMENT_APPROVER).post("/api/v1/contracts/" + id + "/parties",
                Map.of("tenantId", "ars-bretagne", "role", "SIGNATORY")).status()).isEqualTo(403);
    }

    @Test
    void aTenantNotTakingPartLearnsNothingEvenWhenWriting() {
        String id = as("ars-paca", Roles.ARS_AGENT).post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS d'Apt"))
                .json().get("id").asString();
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_APPROVER);

        HttpTestClient.Response write = bretagne.post("/api/v1/contracts/" + id + "/parties",
                Map.of("tenantId", "ars-bretagne", "role", "SIGNATORY"));

        assertThat(write.status()).isEqualTo(404);
        assertThat(write.body()).doesNotContain("CLS d'Apt");
        assertThat(bretagne.get("/api/v1/contracts/" + id + "/parties").status()).isEqualTo(404);
    }

    @Test
    void onlyKnownTenantsOtherThanTheOwnerCanBeParties() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String id = paca.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Briançon")).json().get("id").asString();

        HttpTestClient.Response unknown = paca.post("/api/v1/contracts/" + id + "/parties", Map.of("tenantId", "cd-99", "role", "CO_FUNDER"));
        HttpTestClient.Response owner = paca.post("/api/v1/contracts/" + id + "/parties", Map.of("tenantId", "ars-paca", "role", "SIGNATORY"));

        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().get("violations").get(0).get("rule").asString()).isEqualTo("party-is-a-known-tenant");
        assertThat(owner.json().get("violations").get(0).get("rule").asString()).isEqualTo("party-is-not-the-owner");
        assertThat(paca.get("/api/v1/contracts/" + id + "/parties").json().size()).isZero();
    }

    @Test
    void aDepartementCannotInitiateAContract() {
        HttpTestClient.Response refused = as("cd-53", Roles.DEPARTEMENT_APPROVER)
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Laval"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
