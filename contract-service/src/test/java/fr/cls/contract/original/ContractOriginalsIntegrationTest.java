package fr.cls.contract.original;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestPdfs;
import tools.jackson.databind.JsonNode;

/**
 * A contract's signed originals: PDF only (by content), hashed, listed with their uploader, downloadable by whoever
 * sees the contract, never changed; a refused upload leaves nothing behind. The limit is lowered to 1 MB here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cls.originals.max-size=1MB")
@Import(TestInfrastructure.class)
class ContractOriginalsIntegrationTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Value("${spring.datasource.username}")
    String appUser;

    @Value("${spring.datasource.password}")
    String appPassword;

    @Test
    void theOwnerUploadsTheSignedContractAndEveryTenantTakingPartDownloadsTheSameBytes() {
        HttpTestClient paca = asPerson("ars-paca", "agent.martigues", Roles.ARS_AGENT);
        String id = imported("CLS de Martigues");
        paca.post("/api/v1/contracts/" + id + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));
        byte[] pdf = TestPdfs.signed("CLS de Martigues, signé le 2 décembre 2024");

        HttpTestClient.Response uploaded = paca.postMultipart(originals(id),
                Map.of("kind", "SIGNED_CONTRACT", "title", "Contrat signé"), "cls-martigues.pdf", "application/pdf", pdf);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode original = uploaded.json();
        String originalId = original.get("id").asString();
        assertThat(uploaded.header("Location")).endsWith(originals(id) + "/" + originalId);
        assertThat(original.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(original.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(original.get("attachedTo").asString()).isEqualTo("signed-version");
        assertThat(original.get("uploadedBy").asString()).isEqualTo("agent.martigues");
        assertThat(original.get("uploadedByTenant").asString()).isEqualTo("ars-paca");
        assertThat(original.get("uploadedAt").isNull()).isFalse();

        HttpTestClient mayenne = as("cd-53", Roles.DEPARTEMENT_AGENT);
        JsonNode listed = mayenne.get(originals(id)).json();
        assertThat(listed.findValuesAsString("id")).containsExactly(originalId);
        assertThat(listed.get(0).get("title").asString()).isEqualTo("Contrat signé");
        HttpTestClient.Download download = mayenne.download(originals(id) + "/" + originalId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("cls-martigues.pdf");
        assertThat(download.header("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
        assertThat(mayenne.with("If-None-Match", download.header("ETag")).download(originals(id) + "/" + originalId).status())
                .isEqualTo(304);

        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT);
        assertThat(bretagne.get(originals(id)).status()).isEqualTo(404);
        assertThat(bretagne.download(originals(id) + "/" + originalId).status()).isEqualTo(404);
        assertThat(paca.download(originals(imported("CLS d'Apt")) + "/" + originalId).status())
                .as("an original is reached through its own contract only").isEqualTo(404);
        assertThat(as("ars-paca", Roles.ARS_APPROVER).get("/api/v1/audit?action=original.upload").json().get("items")
                .findValuesAsString("resourceId")).contains(originalId);
    }

    @Test
    void aFileThatIsNotAReadablePdfIsRefusedAndLeavesNothingBehind() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String id = imported("CLS de La Seyne-sur-Mer");

        assertRefused(paca, id, "SIGNED_CONTRACT", "photo.pdf", TestPdfs.png(), "file", "original-not-pdf");
        assertRefused(paca, id, "SIGNED_CONTRACT", "page.pdf", TestPdfs.html(), "file", "original-not-pdf");
        assertRefused(paca, id, "SIGNED_CONTRACT", "vide.pdf", new byte[0], "file", "original-file-empty");
        assertRefused(paca, id, "SIGNED_CONTRACT", "tronque.pdf", TestPdfs.truncated(), "file", "original-unreadable-pdf");
        assertRefused(paca, id, "SIGNED_CONTRACT", "protege.pdf", TestPdfs.encrypted("Contrat"), "file",
                "original-encrypted-pdf");
        assertRefused(paca, id, "SIGNED_AMENDMENT", "avenant.pdf", TestPdfs.signed("Avenant 3"), "amendment",
                "original-amendment-required");
        HttpTestClient.Response unknownKind = paca.postMultipart(originals(id), Map.of("kind", "PHOTO"), "a.pdf",
                "application/pdf", TestPdfs.signed("Contrat"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().at("/errors/0/field").asString()).isEqualTo("kind");
        HttpTestClient.Response noFile = paca.postMultipart(originals(id), Map.of("kind", "OTHER"), null, null, null);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.contentType()).startsWith("application/problem+json");

        assertThat(storedFor(id)).isZero();
        assertThat(paca.get(originals(id)).json().size()).isZero();
    }

    @Test
    void anUploadBeyondTheLimitAnswersPayloadTooLarge() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String id = imported("CLS de Briançon");

        HttpTestClient.Response refused = paca.postMultipart(originals(id), Map.of("kind", "OTHER"), "gros.pdf",
                "application/pdf", TestPdfs.ofSize("Délibération", 1_300_000));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(storedFor(id)).isZero();
    }

    @Test
    void theSignedContractWaitsForTheSignatureAndAnAmendmentsOriginalForThatAmendment() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String draft = paca.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Toulon")).json().get("id").asString();
        String signed = imported("CLS de Grasse");

        HttpTestClient.Response early = paca.postMultipart(originals(draft), Map.of("kind", "SIGNED_CONTRACT"), "c.pdf",
                "application/pdf", TestPdfs.signed("Contrat"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().at("/violations/0/rule").asString()).isEqualTo("original-needs-signed-version");
        assertRefused(paca, signed, "SIGNED_AMENDMENT", "avenant.pdf", TestPdfs.signed("Avenant 1"), "amendment",
                "original-amendment-unknown", Map.of("amendment", "1"));

        assertThat(paca.post("/api/v1/contracts/" + signed + "/amendments",
                Map.of("changes", "fiche 2 ajoutée", "signedOn", "2025-03-01")).status()).isEqualTo(201);
        HttpTestClient.Response amendment = paca.postMultipart(originals(signed),
                Map.of("kind", "SIGNED_AMENDMENT", "amendment", "1"), "avenant-1.pdf", "application/pdf",
                TestPdfs.signed("Avenant 1"));
        assertThat(amendment.status()).as(amendment.body()).isEqualTo(201);
        assertThat(amendment.json().get("attachedTo").asString()).isEqualTo("amendment:1");
        assertThat(storedFor(draft)).isZero();
    }

    @Test
    void anOriginalIsNeverChangedAndANewUploadIsANewDocument() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String id = imported("CLS de Marseille");
        byte[] pdf = TestPdfs.signed("CLS de Marseille");
        String first = paca.postMultipart(originals(id), Map.of("kind", "SIGNED_CONTRACT"), "cls.pdf", "application/pdf", pdf)
                .json().get("id").asString();

        HttpTestClient.Response second = paca.postMultipart(originals(id),
                Map.of("kind", "SIGNED_CONTRACT", "supersedes", first), "cls-v2.pdf", "application/pdf",
                TestPdfs.signed("CLS de Marseille, exemplaire complet"));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("supersedes").asString()).isEqualTo(first);
        assertThat(paca.get(originals(id)).json().findValuesAsString("id")).containsExactly(first,
                second.json().get("id").asString());
        assertRefused(paca, id, "OTHER", "x.pdf", TestPdfs.signed("x"), "supersedes", "original-supersedes-unknown",
                Map.of("supersedes", "00000000-0000-0000-0000-000000000001"));

        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        assertThat(paths.get("/api/v1/contracts/{id}/originals/{originalId}").propertyNames()).containsExactly("get");
        assertThat(paths.get("/api/v1/contracts/{id}/originals").propertyNames()).containsExactlyInAnyOrder("get", "post");
        JdbcTemplate app = new JdbcTemplate(new DriverManagerDataSource(url(), appUser, appPassword));
        assertThatThrownBy(() -> app.update("update original_document set content = ? where id = cast(? as uuid)",
                new byte[] {1}, first)).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.update("delete from original_document where id = cast(? as uuid)", first))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> owner().update("update original_document set content = ? where id = cast(? as uuid)",
                new byte[] {1}, first)).rootCause().hasMessageContaining("immutable");
        assertThat(owner().queryForObject("select sha256 from original_document where id = cast(? as uuid)", String.class,
                first)).isEqualTo(sha256(pdf));
    }

    @Test
    void aTenantTakingPartUploadsItsOwnDeliberationOnlyAndOthersLearnNothing() {
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT);
        String id = imported("CLS de Toulon");
        paca.post("/api/v1/contracts/" + id + "/parties", Map.of("tenantId", "cd-53", "role", "SIGNATORY"));
        HttpTestClient mayenne = asPerson("cd-53", "agent.laval", Roles.DEPARTEMENT_AGENT);

        HttpTestClient.Response deliberation = mayenne.postMultipart(originals(id), Map.of("kind", "DELIBERATION",
                "title", "Délibération du conseil départemental"), "deliberation.pdf", "application/pdf",
                TestPdfs.signed("Délibération n° 2025-12"));
        HttpTestClient.Response contract = mayenne.postMultipart(originals(id), Map.of("kind", "SIGNED_CONTRACT"),
                "contrat.pdf", "application/pdf", TestPdfs.signed("Contrat"));
        HttpTestClient.Response stranger = as("ars-bretagne", Roles.ARS_AGENT).postMultipart(originals(id),
                Map.of("kind", "DELIBERATION"), "d.pdf", "application/pdf", TestPdfs.signed("Délibération"));
        HttpTestClient.Response otherCoordinator = asPerson("ars-paca", "coordinator.ailleurs", Roles.CLS_COORDINATOR)
                .postMultipart(originals(id), Map.of("kind", "MINUTES"), "pv.pdf", "application/pdf", TestPdfs.signed("PV"));

        assertThat(deliberation.status()).as(deliberation.body()).isEqualTo(201);
        assertThat(deliberation.json().get("uploadedByTenant").asString()).isEqualTo("cd-53");
        assertThat(contract.status()).isEqualTo(403);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(otherCoordinator.status()).isEqualTo(404);
        assertThat(paca.get(originals(id)).json().findValuesAsString("uploadedBy")).containsExactly("agent.laval");
        assertThat(storedFor(id)).isEqualTo(1);
    }

    @Test
    void anUploadSentTwiceWithTheSameIdempotencyKeyIsStoredOnce() {
        String id = imported("CLS de Digne");
        HttpTestClient paca = as("ars-paca", Roles.ARS_AGENT).with("Idempotency-Key", "digne-contrat-signe");
        byte[] pdf = TestPdfs.signed("CLS de Digne");

        HttpTestClient.Response first = paca.postMultipart(originals(id), Map.of("kind", "SIGNED_CONTRACT"), "digne.pdf",
                "application/pdf", pdf);
        HttpTestClient.Response again = paca.postMultipart(originals(id), Map.of("kind", "SIGNED_CONTRACT"), "digne.pdf",
                "application/pdf", pdf);
        HttpTestClient.Response another = paca.postMultipart(originals(id), Map.of("kind", "OTHER"), "digne.pdf",
                "application/pdf", pdf);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(another.status()).as("the same key for another form").isEqualTo(422);
        assertThat(storedFor(id)).isEqualTo(1);
    }

    private void assertRefused(HttpTestClient client, String id, String kind, String name, byte[] content, String field,
            String rule) {
        assertRefused(client, id, kind, name, content, field, rule, Map.of());
    }

    private void assertRefused(HttpTestClient client, String id, String kind, String name, byte[] content, String field,
            String rule, Map<String, String> more) {
        Map<String, String> fields = new LinkedHashMap<>(more);
        fields.put("kind", kind);
        HttpTestClient.Response refused = client.postMultipart(originals(id), fields, name, "application/pdf", content);
        assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo(rule);
    }

    private String imported(String title) {
        HttpTestClient.Response answer = as("ars-paca", Roles.ARS_APPROVER).post("/api/v1/contracts/imports", Map.of(
                "kind", "CLS", "title", title, "status", "IN_FORCE", "startDate", "2024-01-01", "endDate", "2028-12-31",
                "signatories", List.of(Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2023-12-01"),
                        Map.of("organisation", "Ville", "kind", "COLLECTIVITE", "signedOn", "2023-12-02"))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    private static String originals(String contractId) {
        return "/api/v1/contracts/" + contractId + "/originals";
    }

    private long storedFor(String contractId) {
        return owner().queryForObject("select count(*) from original_document where subject_id = cast(? as uuid)", Long.class,
                contractId);
    }

    private JdbcTemplate owner() {
        return OwnerDatabase.jdbc(dataSource, environment);
    }

    private String url() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
