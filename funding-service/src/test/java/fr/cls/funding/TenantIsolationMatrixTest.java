package fr.cls.funding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.funding.profile.ContractProfiles;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.IsolationMatrix;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestPdfs;

/**
 * Every funding route, called by every kind of outside caller (another ARS, a département taking no part, a
 * coordinator of another contract of the owner ARS, a governance member, an integration client, the platform
 * operator) on the ids of a Mayenne co-funding, shows nothing of it. Published schemes are public terms and are not secrets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantIsolationMatrixTest extends EventApiTestSupport {

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Test
    void everyRouteRefusesBadTokensAndShowsAnotherTenantNothing() {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        String title = "CLS secret du Pays de Craon " + System.nanoTime();
        UUID contract = fixtures.contract("ars-pays-de-la-loire", "CLS", title, "EPCI", 28_594, List.of("53"),
                List.of("200048551"), LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), List.of("cd-53"));
        HttpTestClient approver = fixtures.as("cd-53", Roles.DEPARTEMENT_APPROVER);
        HttpTestClient agent = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        HttpTestClient signatory = fixtures.asPerson("signatory", "cd-53", Roles.DEPARTEMENT_APPROVER);
        var filed = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT).post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "cd-53",
                "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(year, 9_999)));
        String requestId = filed.json().get("id").asString();
        String r = "/api/v1/funding/requests/" + requestId;
        String v = agent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of()).header("ETag");
        approver.with("If-Match", v).post(r + "/decision", Map.of("outcome", "GRANTED", "amountsByYear", Map.of(year, 9_999)));
        String beneficiary = "Bénéficiaire secret " + System.nanoTime();
        var convention = approver.post(r + "/convention", Map.of("beneficiary", beneficiary, "validFrom", year + "-01-01",
                "validUntil", year + "-12-31")).json();
        String c = "/api/v1/funding/conventions/" + convention.get("id").asString();
        signatory.with("If-Match", "0").post(c + "/signature", Map.of());
        String payment = approver.get(c + "/payments").json().get(0).get("id").asString();
        String dossier = "PORTAIL-SECRET-" + System.nanoTime();
        String dossierRequest = fixtures.as("cd-53", Roles.INTEGRATION).post("/api/v1/integration/dossiers", Map.of("portalReference",
                dossier, "contractId", contract, "schemeCode", "animateurs-sante", "purpose", "ACTIONS", "amountsByYear",
                Map.of(year + 1, 1_000))).json().get("requestId").asString();
        String d = "/api/v1/integration/dossiers/" + dossier;
        var original = agent.postMultipart(r + "/originals", Map.of("kind", "SIGNED_CONVENTION", "title",
                "Convention secrète signée"), "convention.pdf", "application/pdf", TestPdfs.signed("Convention"));
        org.assertj.core.api.Assertions.assertThat(original.status()).as(original.body()).isEqualTo(201);
        String originalId = original.json().get("id").asString();

        new IsolationMatrix("http://localhost:" + port).withPlatformRoutes().withActuatorRoutes()
                .owner(TestIssuer.trusted().bearer("cd-53", Roles.DEPARTEMENT_APPROVER)).everyOutsider("ars-pays-de-la-loire")
                .with("GET /api/v1/funding/schemes", "/api/v1/funding/schemes", null)
                .with("GET /api/v1/funding/schemes/{funder}/{code}", "/api/v1/funding/schemes/cd-53/animateurs-sante", null)
                .with("POST /api/v1/funding/schemes", "/api/v1/funding/schemes",
                        Map.of("code", "matrix-" + System.nanoTime(), "name", "Dispositif de l'appelant"))
                .with("POST /api/v1/funding/schemes/{code}/versions", "/api/v1/funding/schemes/animateurs-sante/versions",
                        Map.of("name", "Autre dispositif", "effectiveFrom", LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                                "rules", List.of()))
                .with("POST /api/v1/funding/schemes/{code}/closing", "/api/v1/funding/schemes/animateurs-sante/closing",
                        Map.of("closedFrom", LocalDate.now(ZoneId.of("Europe/Paris")).plusYears(1).toString()))
                .with("POST /api/v1/funding/simulations", "/api/v1/funding/simulations",
                        Map.of("contractId", contract, "amountsByYear", Map.of(year, 1_000)))
                .with("POST /api/v1/funding/requests", "/api/v1/funding/requests", Map.of("contractId", contract, "funder", "cd-53",
                        "schemeCode", "animateurs-sante", "purpose", "ACTIONS", "amountsByYear", Map.of(year, 1_000)))
                .listing("GET /api/v1/funding/requests", "/api/v1/funding/requests?size=200", requestId)
                .listing("GET /api/v1/funding/requests/waiting", "/api/v1/funding/requests/waiting?size=200", dossier)
                .with("GET /api/v1/funding/contracts/{contractId}/requests", "/api/v1/funding/contracts/" + contract + "/requests", null)
                .with("GET /api/v1/funding/contracts/{contractId}/conventions", "/api/v1/funding/contracts/" + contract + "/conventions", null)
                .with("GET /api/v1/funding/requests/{id}", r, null)
                .with("GET /api/v1/funding/requests/{id}/evaluation", r + "/evaluation", null)
                .with("GET /api/v1/funding/requests/{id}/originals", r + "/originals", null)
                .with("POST /api/v1/funding/requests/{id}/originals", r + "/originals", new HttpTestClient.Multipart(
                        Map.of("kind", "DELIBERATION"), "deliberation.pdf", TestPdfs.signed("Délibération")))
                .with("GET /api/v1/funding/requests/{id}/originals/{originalId}", r + "/originals/" + originalId, null)
                .with("GET /api/v1/funding/requests/{id}/convention.pdf", r + "/convention.pdf", null)
                .with("PUT /api/v1/funding/requests/{id}", r, Map.of("amountsByYear", Map.of(year, 1_000)))
                .with("POST /api/v1/funding/requests/{id}/instruction", r + "/instruction", Map.of())
                .with("POST /api/v1/funding/requests/{id}/decision", r + "/decision", Map.of("outcome", "REFUSED", "reasons", "intrusion"))
                .with("POST /api/v1/funding/requests/{id}/withdrawal", r + "/withdrawal", Map.of())
                .with("POST /api/v1/funding/requests/{requestId}/convention", r + "/convention",
                        Map.of("beneficiary", "Intrus", "validFrom", year + "-01-01", "validUntil", year + "-12-31"))
                .with("POST /api/v1/funding/conventions", "/api/v1/funding/conventions", Map.of("contractId", contract,
                        "beneficiary", "Intrus", "validFrom", year + "-01-01", "validUntil", year + "-12-31"))
                .listing("GET /api/v1/funding/conventions", "/api/v1/funding/conventions?size=200", convention.get("id").asString())
                .with("GET /api/v1/funding/conventions/{id}", c, null)
                .with("POST /api/v1/funding/conventions/{id}/signature", c + "/signature", Map.of())
                .with("PUT /api/v1/funding/conventions/{id}/amounts", c + "/amounts", Map.of("amountsByYear", Map.of(year, 1)))
                .with("POST /api/v1/funding/conventions/{id}/cancellation", c + "/cancellation", Map.of("reason", "intrusion"))
                .with("GET /api/v1/funding/conventions/{id}/history", c + "/history", null)
                .with("GET /api/v1/funding/conventions/{id}/payments", c + "/payments", null)
                .with("POST /api/v1/funding/payments/{id}/paid", "/api/v1/funding/payments/" + payment + "/paid", Map.of())
                .with("POST /api/v1/integration/dossiers", "/api/v1/integration/dossiers", Map.of("portalReference", "INTRUS-1",
                        "contractId", contract, "schemeCode", "animateurs-sante", "purpose", "ACTIONS", "amountsByYear", Map.of(year, 1)))
                .with("GET /api/v1/integration/dossiers/{reference}", d, null)
                .with("PUT /api/v1/integration/dossiers/{reference}", d, Map.of("amountsByYear", Map.of(year, 1)))
                .with("POST /api/v1/integration/dossiers/{reference}/withdrawal", d + "/withdrawal", Map.of())
                .with("GET /api/v1/integration/changes", "/api/v1/integration/changes?since=0", null)
                .with("POST /api/v1/integration/reconciliations", "/api/v1/integration/reconciliations", Map.of())
                .with("GET /api/v1/integration/reconciliations/latest", "/api/v1/integration/reconciliations/latest", null)
                .with("GET /api/v1/funding/contracts/{contractId}/financing-plan",
                        "/api/v1/funding/contracts/" + contract + "/financing-plan?budget=100000", null)
                .with("GET /api/v1/funding/dashboard", "/api/v1/funding/dashboard?expiringWithinMonths=60", null)
                .with("GET /api/v1/funding/funder-rules", "/api/v1/funding/funder-rules", null)
                .with("PUT /api/v1/funding/funder-rules", "/api/v1/funding/funder-rules", Map.of("fourEyes", true))
                .with("GET /api/v1/funding/dashboard.csv", "/api/v1/funding/dashboard.csv?expiringWithinMonths=60", null)
                .verify(List.of(title, requestId, beneficiary, contract.toString(), convention.get("id").asString(), payment, dossier,
                        dossierRequest, originalId, "Convention secrète signée"));
    }
}
