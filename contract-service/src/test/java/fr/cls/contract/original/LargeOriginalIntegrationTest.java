package fr.cls.contract.original;

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
import fr.cls.platform.test.TestPdfs;

/** A scanned signed contract of 10 MB, under the default 20 MB limit, goes in and comes back byte for byte. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class LargeOriginalIntegrationTest extends ApiTestSupport {

    @Test
    void aTenMegabyteSignedContractIsStoredAndDownloadedIntact() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        HttpTestClient.Response imported = as("ars-paca", Roles.ARS_APPROVER).post("/api/v1/contracts/imports", Map.of(
                "kind", "CLS", "title", "CLS d'Aubagne", "status", "IN_FORCE", "startDate", "2024-01-01",
                "endDate", "2028-12-31", "signatories", List.of(Map.of("organisation", "ARS PACA", "kind", "ARS",
                        "signedOn", "2023-12-01"), Map.of("organisation", "Ville", "kind", "COLLECTIVITE", "signedOn", "2023-12-02"))));
        String originals = "/api/v1/contracts/" + imported.json().get("id").asString() + "/originals";
        byte[] pdf = TestPdfs.ofSize("CLS d'Aubagne, exemplaire signé numérisé", 10 * 1024 * 1024);

        long start = System.nanoTime();
        HttpTestClient.Response uploaded = paca.postMultipart(originals, Map.of("kind", "SIGNED_CONTRACT"), "aubagne.pdf",
                "application/pdf", pdf);
        long uploadedAt = System.nanoTime();
        HttpTestClient.Download downloaded = paca.download(originals + "/" + uploaded.json().get("id").asString());
        long end = System.nanoTime();

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(downloaded.bytes()).isEqualTo(pdf);
        System.out.printf("10 MB original: upload %d ms, download %d ms%n", (uploadedAt - start) / 1_000_000,
                (end - uploadedAt) / 1_000_000);
    }
}
