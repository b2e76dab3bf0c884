package fr.cls.contract.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.PdfText;
import fr.cls.platform.test.TestInfrastructure;

/**
 * The contract's documents read back out of the PDF: a PACA contract on the CC du Briançonnais (18,947 inhabitants),
 * Gap (41,293) and Apt (10,143), 70,383 in all (official division 6.0.0), two axes and two fiches actions
 * (15,000.50 € and 4,500 €), signed by the ARS and the Ville de Gap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ContractPapersIntegrationTest extends EventApiTestSupport {

    private static final String OWNER = TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT);

    @Autowired
    EventCodec codec;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theContractAsSignedShowsItsTerritoryWithPopulationsItsActionsAndSignatoriesAsSigned() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        Signed signed = signedContract(agent);
        String c = "/api/v1/contracts/" + signed.id();
        agent.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));

        HttpResponse<byte[]> pdf = download(OWNER, c + "/signed-version/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .matches("attachment; filename=\"contrat-signe-cls-du-brianconnais-et-de-gap-[0-9]+\\.pdf\""));
        assertThat(pdf.headers().firstValue("ETag")).isPresent();
        PdfText read = PdfText.of(pdf.body());
        assertThat(read.unembeddedFonts()).as("every font embedded, as PDF/A wants").isEmpty();
        assertThat(read.title()).isEqualTo(signed.title() + " — version signée");
        assertThat(read.xmp()).contains("pdfaid:part");
        String text = read.flat();
        assertThat(text).contains(signed.title(), "Contrat local de santé", "ARS Provence-Alpes-Côte d'Azur",
                "Département de la Mayenne", "Cofinanceur");
        assertThat(text).as("members with their populations, the total and the edition")
                .contains("CC du Briançonnais", "240500439", "18 947", "Gap", "05061", "41 293", "Apt", "84003", "10 143",
                        "70 383", "decoupage-administratif-6.0.0");
        assertThat(text).contains("Accès aux soins", "Maison de santé", "Attirer des médecins", "15 000,50 €",
                "Santé mentale", "Premiers secours en santé mentale", "4 500,00 €", "19 500,50 €");
        assertThat(text).as("signatories, their role and the day each signed")
                .contains("ARS PACA", "Agence régionale de santé", "10 juin 2015", "Ville de Gap", "Collectivité",
                        "12 juin 2015", "15 juin 2015");

        String sheet = c + "/action-sheets/" + signed.sheetId();
        assertThat(agent.ifMatch(sheet).request("PUT", sheet, sheet(signed.axisId(), "Maison de santé", "20000")).status())
                .isEqualTo(200);
        String after = text(download(OWNER, c + "/signed-version/document.pdf").body());
        assertThat(after).as("the version as signed, not the contract as it stands").contains("15 000,50 €")
                .doesNotContain("20 000,00 €");
    }

    @Test
    void twoDownloadsOfTheSameDocumentAreByteIdenticalAndAnUnchangedCopyAnswers304() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        Signed signed = signedContract(agent);
        String path = "/api/v1/contracts/" + signed.id() + "/signed-version/document.pdf";

        HttpResponse<byte[]> first = download(OWNER, path);
        HttpResponse<byte[]> second = download(OWNER, path);
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<byte[]> unchanged = send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", OWNER).header("If-None-Match", etag).GET().build());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void eachAmendmentSaysWhatItChangesItsDateAndItsSignatories() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        Signed signed = signedContract(agent);
        String c = "/api/v1/contracts/" + signed.id();
        assertThat(agent.post(c + "/amendments", Map.of("changes", "Budget de la fiche « Maison de santé » porté à 20 000 €",
                "signedOn", "2017-03-01")).status()).isEqualTo(201);
        assertThat(agent.post(c + "/amendments", Map.of("changes", "Ajout de la CPAM des Hautes-Alpes",
                "signedOn", "2017-09-14")).status()).isEqualTo(201);

        HttpResponse<byte[]> first = download(OWNER, c + "/amendments/1/document.pdf");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"avenant-1-cls-du-brianconnais-et-de-gap-"));
        assertThat(text(first.body())).contains("Avenant n° 1", signed.title(),
                "Budget de la fiche « Maison de santé » porté à 20 000 €", "1 mars 2017", "ARS PACA", "Ville de Gap")
                .doesNotContain("CPAM des Hautes-Alpes");
        assertThat(text(download(OWNER, c + "/amendments/2/document.pdf").body()))
                .contains("Avenant n° 2", "Ajout de la CPAM des Hautes-Alpes", "14 septembre 2017");
        assertThat(download(OWNER, c + "/amendments/3/document.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theAnnualReportShowsTheIndicatorValuesAndCreditsItHolds() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        Signed signed = signedContract(agent);
        String c = "/api/v1/contracts/" + signed.id();
        HttpTestClient.Response report = agent.request("PUT", c + "/annual-reports/2016", Map.of(
                "achievements", "Trois médecins installés à Gap",
                "creditsUsed", "12000.25",
                "indicatorValues", List.of(Map.of("actionSheetId", signed.sheetId(), "indicator", "médecins installés", "value", 3))));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(agent.ifMatch(c + "/annual-reports/2016").post(c + "/annual-reports/2016/submission",
                Map.of("on", "2017-01-20")).status()).isEqualTo(200);

        HttpResponse<byte[]> pdf = download(OWNER, c + "/annual-reports/2016/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"bilan-annuel-2016-cls-du-brianconnais-et-de-gap-"));
        assertThat(text(pdf.body())).contains("Bilan annuel 2016", signed.title(), "Transmis", "20 janvier 2017",
                "Trois médecins installés à Gap", "Maison de santé", "médecins installés", "12 000,25 €");
        assertThat(text(pdf.body())).as("the value 3 against a target of 4 (nombre)").containsPattern("médecins installés\\s+nombre\\s+4\\s+3");
        assertThat(download(OWNER, c + "/annual-reports/2017/document.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aPartyDownloadsTheDocumentsAnotherTenantAndACoordinatorOfAnotherContractGet404() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        Signed signed = signedContract(agent);
        String c = "/api/v1/contracts/" + signed.id();
        agent.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));
        agent.post(c + "/amendments", Map.of("changes", "Prolongation d'une fiche", "signedOn", "2016-05-02"));
        agent.request("PUT", c + "/annual-reports/2016", Map.of("achievements", "fait", "creditsUsed", "10"));
        String coordinated = "/api/v1/contracts/" + signedContract(agent).id();
        String subject = "coordinator.gap." + System.nanoTime();
        agent.ifMatch(coordinated).post(coordinated + "/coordinator", Map.of("subject", subject));

        List<String> documents = List.of(c + "/signed-version/document.pdf", c + "/amendments/1/document.pdf",
                c + "/annual-reports/2016/document.pdf");
        String party = TestIssuer.trusted().bearer("cd-53", Roles.DEPARTEMENT_AGENT);
        String stranger = TestIssuer.trusted().bearer("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String otherCoordinator = "Bearer " + TestIssuer.trusted().token(claims -> claims.subject(subject)
                .claim("tenant", "ars-paca").claim("roles", List.of(Roles.CLS_COORDINATOR)));
        for (String document : documents) {
            assertThat(download(party, document).statusCode()).as(document + " by a party").isEqualTo(200);
            HttpResponse<byte[]> foreign = download(stranger, document);
            assertThat(foreign.statusCode()).as(document + " by another ARS").isEqualTo(404);
            assertThat(new String(foreign.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(signed.title());
            assertThat(download(otherCoordinator, document).statusCode()).as(document + " by another contract's coordinator")
                    .isEqualTo(404);
        }
        assertThat(download(otherCoordinator, coordinated + "/signed-version/document.pdf").statusCode())
                .as("their own contract").isEqualTo(200);
    }

    @Test
    void aContractNotSignedYetHasNoSignedDocument() {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS d'Embrun " + System.nanoTime()))
                .json().get("id").asString();
        HttpResponse<byte[]> pdf = download(OWNER, "/api/v1/contracts/" + id + "/signed-version/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(404);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        HttpResponse<byte[]> askingForPdf = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/contracts/" + id
                + "/signed-version/document.pdf")).header("Authorization", OWNER).header("Accept", "application/pdf").GET().build());
        assertThat(askingForPdf.statusCode()).as("a client accepting only PDF still gets the 404 problem").isEqualTo(404);
    }

    @Test
    void aContractImportedWithItsPopulationOnlyIsPrintedWithItsTotalAndSignatures() {
        HttpTestClient approver = as("ars-paca", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String title = "CLS d'Apt importé " + System.nanoTime();
        HttpTestClient.Response imported = approver.post("/api/v1/contracts/imports", Map.of("kind", "CLS", "title", title,
                "status", "IN_FORCE", "startDate", "2024-01-01", "endDate", "2026-12-31", "territoryPopulation", 52000,
                "signatories", List.of(Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2023-12-01"),
                        Map.of("organisation", "Ville d'Apt", "kind", "COLLECTIVITE", "signedOn", "2023-12-02"))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);

        HttpResponse<byte[]> pdf = download(OWNER, "/api/v1/contracts/" + imported.json().get("id").asString()
                + "/signed-version/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains(title, "Population du territoire : 52 000 habitants",
                "Contrat signé avant la plateforme", "Ville d'Apt", "2 décembre 2023", "1 janvier 2024", "31 décembre 2026");
    }

    // ---- fixtures

    record Signed(String id, String title, String axisId, String sheetId) {
    }

    /** In force from 2015-06-15 (PACA: 3 years), with its territory, two axes and two fiches actions. */
    private Signed signedContract(HttpTestClient agent) throws Exception {
        HttpTestClient approver = as("ars-paca", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String title = "CLS du Briançonnais et de Gap " + System.nanoTime();
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", title,
                "letterOfIntentReceivedOn", "2014-10-01")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of("on", "2014-10-15"));
        approver.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true));
        HttpTestClient.Response territory = agent.ifMatch(c).post(c + "/territory",
                Map.of("epci", List.of("240500439"), "communes", List.of("05061", "84003")));
        assertThat(territory.status()).as(territory.body()).isEqualTo(200);
        String access = agent.post(c + "/axes", Map.of("code", "1", "title", "Accès aux soins", "order", 1)).json().get("id").asString();
        String mental = agent.post(c + "/axes", Map.of("code", "2", "title", "Santé mentale", "order", 2)).json().get("id").asString();
        HttpTestClient.Response sheet = agent.post(c + "/action-sheets", sheet(access, "Maison de santé", "15000.50"));
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(201);
        agent.post(c + "/action-sheets", sheet(mental, "Premiers secours en santé mentale", "4500"));
        String ars = agent.post(c + "/signatories", Map.of("organisation", "ARS PACA", "kind", "ARS")).json().get("id").asString();
        String city = agent.post(c + "/signatories", Map.of("organisation", "Ville de Gap", "kind", "COLLECTIVITE", "carrier", true))
                .json().get("id").asString();
        publish(id, new ContractValidatedV1(UUID.fromString(id), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2015, 5, 20)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c).json().path("copilValidatedOn").isNull());
        agent.ifMatch(c).post(c + "/submission", Map.of());
        agent.ifMatch(c).post(c + "/signatories/" + ars + "/signature", Map.of("signedOn", "2015-06-10"));
        agent.ifMatch(c).post(c + "/signatories/" + city + "/signature", Map.of("signedOn", "2015-06-12"));
        HttpTestClient.Response inForce = approver.ifMatch(c).post(c + "/signature", Map.of("startDate", "2015-06-15"));
        assertThat(inForce.json().get("status").asString()).as(inForce.body()).isEqualTo("IN_FORCE");
        return new Signed(id, title, access, sheet.json().get("id").asString());
    }

    private static Map<String, Object> sheet(String axisId, String title, String budget) {
        return Map.of("axisId", axisId, "title", title, "objective", "Attirer des médecins", "pilot", "Ville de Gap",
                "startDate", "2016-01-01", "endDate", "2017-12-31", "budget", new BigDecimal(budget),
                "indicators", List.of(Map.of("name", "médecins installés", "unit", "nombre", "targetValue", 4)));
    }

    private void publish(String contractId, Object payload) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/governance-service",
                ContractValidatedV1.TYPE, contractId, OffsetDateTime.now(), "application/json", "ars-paca", "test",
                json.valueToTree(payload));
        kafka.send(GovernanceEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }

    private HttpResponse<byte[]> download(String bearer, String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", bearer).GET().build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The text of the PDF on one line: no-break spaces (French thousands) as plain ones, any run of blanks as one. */
    private static String text(byte[] pdf) {
        return PdfText.of(pdf).flat();
    }
}
