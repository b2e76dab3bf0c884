package fr.cls.funding.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.documents.DocumentFormat;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.PdfText;
import fr.cls.platform.test.TestInfrastructure;

/**
 * The convention de financement of a granted request as PDF: read back, it names the parties, the amounts granted
 * by year and their total, the payment terms, the scheme and version and the rules checked. Refused (409) before
 * the grant; a tenant that does not see the request gets a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ConventionPaperIntegrationTest extends EventApiTestSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Test
    void theConventionOfAGrantedRequestSaysThePartiesAmountsTermsSchemeAndRules() {
        FundingFixtures fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        String title = "CLS du Pays de Château-Gontier " + UUID.randomUUID();
        UUID contract = fixtures.contract("ars-pays-de-la-loire", "CLS", title, "EPCI", 31_000,
                List.of("53"), List.of("200048551"), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 2, 12, 31), List.of("cd-53"));
        HttpTestClient agent = fixtures.as("cd-53", Roles.DEPARTEMENT_AGENT);
        HttpTestClient.Response filed = agent.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", "cd-53",
                "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(YEAR, 9_500, YEAR + 1, 8_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        String pdfPath = "/api/v1/funding/requests/" + id + "/convention.pdf";

        HttpTestClient.Download early = agent.download(pdfPath);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.asText().json().get("violations").findValuesAsString("rule")).containsExactly("request-granted");

        HttpTestClient.Response instructed = agent.with("If-Match", filed.header("ETag"))
                .post("/api/v1/funding/requests/" + id + "/instruction", Map.of());
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        HttpTestClient.Response granted = fixtures.as("cd-53", Roles.DEPARTEMENT_APPROVER).with("If-Match", instructed.header("ETag"))
                .post("/api/v1/funding/requests/" + id + "/decision",
                        Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 9_000, YEAR + 1, 8_000)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        int version = granted.json().get("schemeVersion").asInt();

        HttpTestClient.Download download = agent.download(pdfPath);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"convention-financement-animateurs-sante-");
        PdfText pdf = PdfText.of(download.bytes());
        assertThat(pdf.flat()).contains("Convention de financement", title, "Département de la Mayenne",
                "ARS Pays de la Loire", "Poste de coordination",
                YEAR + " 9 500,00 € 9 000,00 €", (YEAR + 1) + " 8 000,00 € 8 000,00 €", "Total 17 500,00 € 17 000,00 €",
                "Versement chaque année", "(animateurs-sante), version " + version,
                "Décision du " + DocumentFormat.FRENCH.date(LocalDate.now(ZoneId.of("Europe/Paris"))));
        assertThat(pdf.flat()).contains("respectée");
        assertThat(agent.download(pdfPath).bytes()).as("the same data, the same bytes").isEqualTo(download.bytes());

        HttpTestClient owner = fixtures.as("ars-pays-de-la-loire", Roles.ARS_AGENT);
        assertThat(owner.download(pdfPath).status()).as("the contract's owner sees the request").isEqualTo(200);
        assertThat(fixtures.as("ars-bretagne", Roles.ARS_AGENT).download(pdfPath).status()).isEqualTo(404);
        assertThat(agent.download("/api/v1/funding/requests/" + UUID.randomUUID() + "/convention.pdf").status()).isEqualTo(404);
    }
}
