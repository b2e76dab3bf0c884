package fr.cls.contract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.IsolationMatrix;
import fr.cls.platform.test.TestPdfs;
import fr.cls.platform.test.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantIsolationMatrixTest extends ApiTestSupport {

    @Test
    void everyRouteRefusesBadTokensAndShowsAnotherTenantNothing() {
        String base = "http://localhost:" + port;
        HttpTestClient paca = new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT));
        String title = "CLS secret de Grasse " + System.nanoTime();
        String id = paca.post("/api/v1/contracts", Map.of("kind", "PROTOCOLE_ACCORD", "title", title)).json().get("id").asString();

        String c = "/api/v1/contracts/" + id;
        // A real signatory (in elaboration): a random id would answer 404 with or without a check.
        paca.ifMatch(c).post(c + "/framing", Map.of());
        new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_APPROVER))
                .ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        var signatory = paca.post(c + "/signatories", Map.of("organisation", "Commune secrète de Grasse", "kind", "COLLECTIVITE"));
        org.assertj.core.api.Assertions.assertThat(signatory.status()).as(signatory.body()).isEqualTo(201);
        String signatoryId = signatory.json().get("id") != null ? signatory.json().get("id").asString()
                : signatory.json().at("/signatories/0/id").asString();
        // A real axis and action sheet too, so the sheet routes address the owner's own rows.
        var axis = paca.post(c + "/axes", Map.of("code", "S", "title", "Axe secret de Grasse", "order", 0));
        org.assertj.core.api.Assertions.assertThat(axis.status()).as(axis.body()).isEqualTo(201);
        String axisId = axis.json().get("id").asString();
        Map<String, Object> sheet = Map.of("axisId", axisId, "title", "Maison de santé secrète", "objective", "Attirer",
                "pilot", "Ville", "startDate", "2026-01-01", "endDate", "2026-12-31", "budget", 100);
        var created = paca.post(c + "/action-sheets", sheet);
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        String sheetId = created.json().get("id").asString();
        // A real original, so the download route addresses the owner's own file.
        var original = paca.postMultipart(c + "/originals", Map.of("kind", "OTHER", "title", "Original secret de Grasse"),
                "grasse.pdf", "application/pdf", TestPdfs.signed("Grasse"));
        org.assertj.core.api.Assertions.assertThat(original.status()).as(original.body()).isEqualTo(201);
        String originalId = original.json().get("id").asString();
        new IsolationMatrix(base).withPlatformRoutes().withActuatorRoutes()
                .owner(TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT)).everyOutsider("ars-paca")
                .listing("GET /api/v1/contracts", "/api/v1/contracts?size=200", title)
                .with("POST /api/v1/contracts", "/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS étranger"))
                .with("GET /api/v1/contracts/{id}", "/api/v1/contracts/" + id, null)
                .with("GET /api/v1/contracts/dashboard", "/api/v1/contracts/dashboard", null)
                .listing("GET /api/v1/contracts/export", "/api/v1/contracts/export?columns=id,title", title)
                .with("GET /api/v1/contracts/export/ending-soon", "/api/v1/contracts/export/ending-soon?columns=id,title", null)
                .with("GET /api/v1/contracts/export/reports-overdue", "/api/v1/contracts/export/reports-overdue?columns=id,title", null)
                .with("POST /api/v1/contracts/imports", "/api/v1/contracts/imports", Map.of("kind", "CLS",
                        "title", "CLS importé", "status", "IN_FORCE", "startDate", "2024-01-01", "endDate", "2028-12-31",
                        "signatories", List.of(Map.of("organisation", "ARS", "kind", "ARS", "signedOn", "2023-12-01"),
                                Map.of("organisation", "Ville", "kind", "COLLECTIVITE", "signedOn", "2023-12-02"))))
                .with("GET /api/v1/contracts/{id}/parties", "/api/v1/contracts/" + id + "/parties", null)
                .with("POST /api/v1/contracts/{id}/parties", "/api/v1/contracts/" + id + "/parties",
                        Map.of("tenantId", "ars-bretagne", "role", "SIGNATORY"))
                .with("POST /api/v1/contracts/{id}/framing", c + "/framing", Map.of())
                .with("POST /api/v1/contracts/{id}/agreement", c + "/agreement", Map.of("diagnosticMode", "ORS"))
                .with("POST /api/v1/contracts/{id}/agreement-refusal", c + "/agreement-refusal", Map.of("reason", "non"))
                .with("POST /api/v1/contracts/{id}/diagnostic", c + "/diagnostic",
                        Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true))
                .with("POST /api/v1/contracts/{id}/territory", c + "/territory", Map.of("epci", List.of("200069409")))
                .with("GET /api/v1/contracts/{id}/territory/overlaps", c + "/territory/overlaps", null)
                .with("GET /api/v1/contracts/{id}/next-step", c + "/next-step", null)
                .with("GET /api/v1/territories/communes", "/api/v1/territories/communes?q=brieuc", null)
                .with("GET /api/v1/funder-plans", "/api/v1/funder-plans", null)
                // The operators' tenant directory: 403 to every tenant's people; the platform operator's own calls
                // name no tenant's data (a new tenant, and one that does not exist).
                .with("GET /api/v1/tenant-directory", "/api/v1/tenant-directory", null)
                .with("GET /api/v1/tenant-directory/{id}", "/api/v1/tenant-directory/ars-paca", null)
                .with("POST /api/v1/tenant-directory", "/api/v1/tenant-directory", Map.of("id", "cd-2b", "entry",
                        Map.of("kind", "DEPARTEMENT", "name", "Haute-Corse", "inseeCode", "2B",
                                "issuers", List.of("https://idp.cd2b.example.fr"))))
                .with("PUT /api/v1/tenant-directory/{id}", "/api/v1/tenant-directory/cd-matrix", Map.of("kind",
                        "DEPARTEMENT", "name", "Nulle part", "inseeCode", "2A", "issuers", List.of("https://idp.example.fr")))
                .with("POST /api/v1/tenant-directory/{id}/suspension", "/api/v1/tenant-directory/cd-matrix/suspension", null)
                .with("DELETE /api/v1/tenant-directory/{id}/suspension", "/api/v1/tenant-directory/cd-matrix/suspension", null)
                .with("POST /api/v1/funder-plans", "/api/v1/funder-plans", Map.of("code", "plan-matrice-" + System.nanoTime(),
                        "name", "Plan de la matrice", "periodStart", "2025-01-01"))
                .with("GET /api/v1/territories/epci", "/api/v1/territories/epci?departement=53", null)
                .with("GET /api/v1/territories/epci/{code}", "/api/v1/territories/epci/200069409", null)
                .with("POST /api/v1/territories/compute", "/api/v1/territories/compute", Map.of("epci", List.of("200069409")))
                .with("POST /api/v1/contracts/{id}/coordinator", c + "/coordinator", Map.of("subject", "coordinator.x"))
                .with("GET /api/v1/contracts/{id}/signatories", c + "/signatories", null)
                .with("GET /api/v1/contracts/{id}/documents", c + "/documents", null)
                .with("GET /api/v1/contracts/{id}/dashboard", c + "/dashboard", null)
                .with("POST /api/v1/contracts/{id}/documents", c + "/documents",
                        Map.of("title", "Diagnostic", "kind", "DIAGNOSTIC", "reference", "https://example.org/diag.pdf"))
                .with("POST /api/v1/contracts/{id}/signatories", c + "/signatories", Map.of("organisation", "Ville", "kind", "COLLECTIVITE"))
                .with("POST /api/v1/contracts/{id}/signatories/{signatoryId}/signature",
                        c + "/signatories/" + signatoryId + "/signature", Map.of())
                .with("POST /api/v1/contracts/{id}/submission", c + "/submission", Map.of())
                .with("POST /api/v1/contracts/{id}/signature", c + "/signature", Map.of("startDate", "2026-01-01"))
                .with("POST /api/v1/contracts/{id}/evaluation", c + "/evaluation", Map.of())
                .with("POST /api/v1/contracts/{id}/closure", c + "/closure", Map.of())
                .with("POST /api/v1/contracts/{id}/abandonment", c + "/abandonment", Map.of("reason", "non"))
                .with("POST /api/v1/contracts/{id}/renewal", c + "/renewal", Map.of())
                .with("POST /api/v1/contracts/{id}/conversion", c + "/conversion", Map.of("diagnosticMode", "ORS"))
                .with("GET /api/v1/contracts/{id}/axes", c + "/axes", null)
                .with("POST /api/v1/contracts/{id}/axes", c + "/axes", Map.of("code", "1", "title", "Accès aux soins", "order", 1))
                .with("GET /api/v1/contracts/{id}/action-sheets", c + "/action-sheets", null)
                .with("POST /api/v1/contracts/{id}/action-sheets", c + "/action-sheets", sheet)
                .with("GET /api/v1/contracts/{id}/action-sheets/{sheetId}", c + "/action-sheets/" + sheetId, null)
                .with("PUT /api/v1/contracts/{id}/action-sheets/{sheetId}", c + "/action-sheets/" + sheetId, sheet)
                .with("POST /api/v1/contracts/{id}/action-sheets/{sheetId}/measurements", c + "/action-sheets/" + sheetId + "/measurements",
                        Map.of("indicator", "médecins", "year", 2026, "value", 1))
                .with("GET /api/v1/contracts/{id}/programmings/{year}", c + "/programmings/2026", null)
                .with("PUT /api/v1/contracts/{id}/programmings/{year}", c + "/programmings/2026", Map.of("actionSheetIds", List.of()))
                .with("POST /api/v1/contracts/{id}/programmings/{year}/submission", c + "/programmings/2026/submission", Map.of())
                .with("GET /api/v1/contracts/{id}/annual-reports/{year}", c + "/annual-reports/2026", null)
                .with("PUT /api/v1/contracts/{id}/annual-reports/{year}", c + "/annual-reports/2026",
                        Map.of("achievements", "rien", "creditsUsed", 0))
                .with("POST /api/v1/contracts/{id}/annual-reports/{year}/submission", c + "/annual-reports/2026/submission", Map.of())
                .with("GET /api/v1/contracts/{id}/originals", c + "/originals", null)
                .with("POST /api/v1/contracts/{id}/originals", c + "/originals", new HttpTestClient.Multipart(
                        Map.of("kind", "DELIBERATION"), "deliberation.pdf", TestPdfs.signed("Délibération")))
                .with("GET /api/v1/contracts/{id}/originals/{originalId}", c + "/originals/" + originalId, null)
                .with("GET /api/v1/contracts/{id}/amendments", c + "/amendments", null)
                .with("GET /api/v1/contracts/{id}/signed-version", c + "/signed-version", null)
                .with("GET /api/v1/contracts/{id}/signed-version/document.pdf", c + "/signed-version/document.pdf", null)
                .with("GET /api/v1/contracts/{id}/amendments/{number}/document.pdf", c + "/amendments/1/document.pdf", null)
                .with("GET /api/v1/contracts/{id}/annual-reports/{year}/document.pdf", c + "/annual-reports/2026/document.pdf", null)
                .with("POST /api/v1/contracts/{id}/amendments", c + "/amendments", Map.of("changes", "x", "signedOn", "2026-01-01"))
                .verify(List.of(id, title, signatoryId, "Commune secrète de Grasse", axisId, "Axe secret de Grasse", sheetId,
                        "Maison de santé secrète", originalId, "Original secret de Grasse"));
    }
}
