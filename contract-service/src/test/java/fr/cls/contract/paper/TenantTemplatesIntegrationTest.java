package fr.cls.contract.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.PdfText;
import fr.cls.platform.test.TestInfrastructure;

/**
 * A tenant's own letterhead and wording for the contract as signed (the override directory): ARS PACA's replace the
 * platform's, ARS Bretagne, which has none, keeps them. Contracts imported in force, so no COPIL is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantTemplatesIntegrationTest extends ApiTestSupport {

    private static final Path OVERRIDES = overrides();

    @DynamicPropertySource
    static void overrideDirectory(DynamicPropertyRegistry registry) {
        registry.add("cls.documents.overrides", OVERRIDES::toString);
    }

    @Test
    void aTenantsOwnLetterheadAndTemplateReplaceThePlatformsForItsContractsOnly() {
        String paca = imported("ars-paca", "CLS de Manosque");
        String pacaText = PdfText.of(signedDocument("ars-paca", paca)).flat();
        assertThat(pacaText).contains("En-tête de l'ARS PACA, direction de la santé publique",
                "Contrat signé de CLS de Manosque", "Population : 22 000 habitants")
                .doesNotContain("Axes stratégiques et fiches actions");

        String bretagne = imported("ars-bretagne", "CLS de Lannion");
        String bretagneText = PdfText.of(signedDocument("ars-bretagne", bretagne)).flat();
        assertThat(bretagneText).contains("ARS Bretagne", "CLS de Lannion", "Axes stratégiques et fiches actions",
                "Population du territoire : 22 000 habitants").doesNotContain("En-tête de l'ARS PACA");
    }

    private String imported(String tenant, String title) {
        HttpTestClient approver = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        HttpTestClient.Response created = approver.post("/api/v1/contracts/imports", Map.of("kind", "CLS", "title", title,
                "status", "IN_FORCE", "startDate", "2024-01-01", "endDate", "2028-12-31", "territoryPopulation", 22000,
                "signatories", List.of(Map.of("organisation", "ARS", "kind", "ARS", "signedOn", "2023-12-01"),
                        Map.of("organisation", "Ville", "kind", "COLLECTIVITE", "signedOn", "2023-12-02"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private byte[] signedDocument(String tenant, String id) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/api/v1/contracts/" + id + "/signed-version/document.pdf"))
                    .header("Authorization", TestIssuer.trusted().bearer(tenant, Roles.ARS_AGENT)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** ARS PACA's letterhead and its shorter contract-signed template, written before the context starts. */
    private static Path overrides() {
        try {
            Path root = Files.createTempDirectory("cls-document-overrides");
            Path paca = Files.createDirectories(root.resolve("ars-paca"));
            Files.writeString(paca.resolve("letterhead.html"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                    <body><div th:fragment="letterhead" class="letterhead">En-tête de l'ARS PACA, direction de la santé publique</div></body>
                    </html>
                    """);
            Files.writeString(paca.resolve("contract-signed.html"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE html>
                    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org" lang="fr">
                    <head><meta charset="UTF-8"/><title th:text="${title}">t</title>
                    <style th:replace="~{fragments/styles :: styles}"></style></head>
                    <body>
                    <div th:replace="~{fragments/letterhead :: letterhead}"></div>
                    <h1>Contrat signé de <span th:text="${doc.contract.title}">titre</span></h1>
                    <p>Population : <span th:text="${fmt.number(doc.territory.population)}">0</span> habitants</p>
                    </body>
                    </html>
                    """);
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
