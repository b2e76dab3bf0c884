package fr.cls.contract.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import fr.cls.contract.events.ContractEvents;
import fr.cls.governance.events.AnnualReportAdoptedV1;
import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.ProgrammingValidatedV1;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.JsonNode;

/** A signed contract through axes, action sheets, programming validated by the COPIL, annual report and amendment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ContractActionsIntegrationTest extends EventApiTestSupport {

    @Autowired
    EventCodec codec;

    @Test
    void aSignedContractPlansItsActionsHasItsProgrammingValidatedReportsAndIsAmendedWithASnapshot() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String id = signedContract(agent);
        String c = "/api/v1/contracts/" + id;

        HttpTestClient.Response axis = agent.post(c + "/axes", Map.of("code", "1", "title", "Accès aux soins", "order", 1));
        assertThat(axis.status()).isEqualTo(201);
        String axisId = axis.json().get("id").asString();
        HttpTestClient.Response created = agent.post(c + "/action-sheets", sheet(axisId, "15000.50", "2016-01-01", "2016-12-31"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("budget").decimalValue()).isEqualByComparingTo("15000.50");
        String sheetId = created.json().get("id").asString();
        String s = c + "/action-sheets/" + sheetId;

        HttpTestClient.Response measured = agent.with("If-Match", created.header("ETag"))
                .post(s + "/measurements", Map.of("indicator", "médecins installés", "year", 2016, "value", 3));
        assertThat(measured.status()).isEqualTo(200);
        assertThat(measured.json().at("/indicators/0/measured/2016").asInt()).isEqualTo(3);

        JsonNode dashboard = agent.get(c + "/dashboard").json();
        assertThat(dashboard.at("/sheetsByStatus/PLANNED").asLong()).isEqualTo(1);
        assertThat(dashboard.get("budget").decimalValue()).isEqualByComparingTo("15000.50");
        assertThat(dashboard.at("/indicators/0/latestValue").asInt()).isEqualTo(3);
        assertThat(dashboard.at("/indicators/0/reached").decimalValue()).as("3 of a target of 4").isEqualByComparingTo("75.00");

        HttpTestClient.Response drafted = agent.ifMatch(c + "/programmings/2016").request("PUT", c + "/programmings/2016", Map.of("actionSheetIds", List.of(sheetId)));
        assertThat(drafted.json().get("status").asString()).isEqualTo("DRAFT");
        HttpTestClient.Response submitted = agent.with("If-Match", drafted.header("ETag")).post(c + "/programmings/2016/submission", Map.of());
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

        publish("ars-paca", ProgrammingValidatedV1.TYPE, id,
                new ProgrammingValidatedV1(UUID.fromString(id), 2016, UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2016, 2, 3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "VALIDATED".equals(agent.get(c + "/programmings/2016").json().get("status").asString()));
        assertThat(agent.get(c + "/programmings/2016").json().get("validatedOn").asString()).isEqualTo("2016-02-03");

        HttpTestClient.Response report = agent.ifMatch(c + "/annual-reports/2016").request("PUT", c + "/annual-reports/2016", Map.of("achievements", "trois médecins installés",
                "creditsUsed", "12000.25", "indicatorValues", List.of(Map.of("actionSheetId", sheetId, "indicator", "médecins installés", "value", 3))));
        assertThat(report.status()).isEqualTo(200);
        HttpTestClient.Response reportSubmitted = agent.ifMatch(c + "/annual-reports/2016").post(c + "/annual-reports/2016/submission", Map.of("on", "2017-01-20"));
        assertThat(reportSubmitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        publish("ars-paca", AnnualReportAdoptedV1.TYPE, id,
                new AnnualReportAdoptedV1(UUID.fromString(id), 2016, UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2017, 2, 10)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c + "/annual-reports/2016").json().path("adoptedOn").isNull());
        assertThat(agent.get(c + "/annual-reports/2016").json().get("adoptedOn").asString()).isEqualTo("2017-02-10");

        HttpTestClient.Response amendment = agent.post(c + "/amendments", Map.of("changes", "budget de la fiche 1 porté à 20 000 €",
                "signedOn", "2017-03-01"));
        assertThat(amendment.status()).isEqualTo(201);
        assertThat(amendment.json().get("number").asInt()).isEqualTo(1);
        agent.ifMatch(s).request("PUT", s, sheet(axisId, "20000", "2016-01-01", "2017-12-31"));
        assertThat(agent.post(c + "/amendments", Map.of("changes", "deuxième", "signedOn", "2017-06-01")).json().get("number").asInt()).isEqualTo(2);

        JsonNode amendments = agent.get(c + "/amendments").json();
        assertThat(amendments.size()).isEqualTo(2);
        JsonNode first = amendments.get(0).get("snapshot");
        assertThat(first.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(first.get("signatories").size()).isEqualTo(2);
        assertThat(first.at("/axes/0/code").asString()).isEqualTo("1");
        assertThat(first.at("/actionSheets/0/budget").decimalValue()).as("the version as signed is kept").isEqualByComparingTo("15000.50");
        assertThat(amendments.get(1).get("snapshot").at("/actionSheets/0/budget").decimalValue()).isEqualByComparingTo("20000");

        try (TopicReader reader = new TopicReader(consumers, ContractEvents.TOPIC)) {
            assertThat(reader.awaitMatching(r -> id.equals(r.key()) && r.value().contains("cls.contract.amendment-signed.v1")
                    && r.value().contains("\"number\":2"))).isNotEmpty();
            List<String> types = reader.awaitMatching(r -> id.equals(r.key())).stream()
                    .map(r -> json.readTree(r.value()).get("type").asString()).toList();
            assertThat(types).containsSubsequence("cls.contract.signed.v1", "cls.contract.axis-created.v1",
                    "cls.contract.action-sheet-created.v1", "cls.contract.action-sheet-measured.v1",
                    "cls.contract.programming-drafted.v1", "cls.contract.programming-submitted.v1",
                    "cls.contract.programming-validated.v1", "cls.contract.annual-report-drafted.v1",
                    "cls.contract.annual-report-submitted.v1", "cls.contract.amendment-signed.v1");
            JsonNode data = reader.awaitMatching(r -> id.equals(r.key()) && r.value().contains("cls.contract.annual-report-submitted.v1"))
                    .stream().map(r -> json.readTree(r.value()).get("data")).findFirst().orElseThrow();
            assertThat(data.get("year").asInt()).isEqualTo(2016);
            assertThat(data.get("submittedOn").asString()).isEqualTo("2017-01-20");
        }
    }

    @Test
    void badInputAnswersAPreciseProblemAndChangesNothing() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String id = signedContract(agent);
        String c = "/api/v1/contracts/" + id;
        String axisId = agent.post(c + "/axes", Map.of("code", "A", "title", "Prévention", "order", 0)).json().get("id").asString();

        HttpTestClient.Response cents = agent.post(c + "/action-sheets", sheet(axisId, "10.005", "2016-01-01", "2016-12-31"));
        assertThat(cents.status()).isEqualTo(400);
        assertThat(cents.contentType()).contains("application/problem+json");
        assertThat(cents.json().get("errors").findValuesAsString("field")).containsExactly("budget");
        HttpTestClient.Response negative = agent.post(c + "/action-sheets", sheet(axisId, "-1", "2016-01-01", "2016-12-31"));
        assertThat(negative.json().get("errors").findValuesAsString("field")).containsExactly("budget");
        HttpTestClient.Response dates = agent.post(c + "/action-sheets", sheet(axisId, "10", "2016-12-31", "2016-01-01"));
        assertThat(dates.status()).isEqualTo(409);
        assertThat(dates.json().get("violations").findValuesAsString("rule")).containsExactly("schedule-in-order");
        assertThat(agent.get(c + "/action-sheets").json().size()).as("nothing created").isZero();

        String sheetId = agent.post(c + "/action-sheets", sheet(axisId, "10", "2016-01-01", "2016-12-31")).json().get("id").asString();
        HttpTestClient.Response year = agent.ifMatch(c + "/programmings/2020").request("PUT", c + "/programmings/2020", Map.of("actionSheetIds", List.of(sheetId)));
        assertThat(year.status()).isEqualTo(409);
        assertThat(year.json().get("violations").findValuesAsString("rule")).containsExactly("year-within-contract-dates");
        assertThat(agent.get(c + "/programmings/2020").status()).isEqualTo(404);

        HttpTestClient.Response notSubmittable = agent.ifMatch(c + "/annual-reports/2016").post(c + "/annual-reports/2016/submission", Map.of());
        assertThat(notSubmittable.status()).isEqualTo(404);
        agent.ifMatch(c + "/programmings/2016").request("PUT", c + "/programmings/2016", Map.of("actionSheetIds", List.of(sheetId)));
        agent.ifMatch(c + "/programmings/2016").post(c + "/programmings/2016/submission", Map.of());
        HttpTestClient.Response wrongStep = agent.ifMatch(c + "/programmings/2016").request("PUT", c + "/programmings/2016", Map.of("actionSheetIds", List.of()));
        assertThat(wrongStep.status()).isEqualTo(409);
        assertThat(wrongStep.json().get("violations").findValuesAsString("rule")).containsExactly("programming-status-allows");
        assertThat(agent.get(c + "/programmings/2016").json().get("actionSheetIds").size()).isEqualTo(1);

        HttpTestClient.Response stale = agent.with("If-Match", "\"9\"").request("PUT", c + "/action-sheets/" + sheetId,
                sheet(axisId, "99", "2016-01-01", "2016-12-31"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(stale.json().get("title").asString()).isEqualTo("Version périmée");
        HttpTestClient.Response blind = agent.request("PUT", c + "/action-sheets/" + sheetId, sheet(axisId, "99", "2016-01-01", "2016-12-31"));
        assertThat(blind.status()).isEqualTo(428);
        assertThat(blind.json().get("code").asString()).isEqualTo("if-match-required");
        HttpTestClient.Response replanned = agent.request("PUT", c + "/programmings/2016", Map.of("actionSheetIds", List.of(sheetId)));
        assertThat(replanned.status()).as("a programming that exists is changed with its version only").isEqualTo(428);
        assertThat(agent.get(c + "/action-sheets/" + sheetId).json().get("budget").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void aPartyReadsButCannotWriteAndAnotherTenantGets404() throws Exception {
        HttpTestClient owner = as("ars-paca", Roles.ARS_AGENT);
        String id = signedContract(owner);
        String c = "/api/v1/contracts/" + id;
        owner.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));
        String axisId = owner.post(c + "/axes", Map.of("code", "1", "title", "Santé mentale", "order", 0)).json().get("id").asString();
        owner.post(c + "/action-sheets", sheet(axisId, "500", "2016-01-01", "2016-12-31"));

        HttpTestClient party = as("cd-53", Roles.DEPARTEMENT_APPROVER);
        assertThat(party.get(c + "/action-sheets").json().get(0).get("title").asString()).isEqualTo("Maison de santé");
        assertThat(party.get(c + "/axes").json().size()).isEqualTo(1);
        assertThat(party.post(c + "/axes", Map.of("code", "2", "title", "x", "order", 1)).status()).isEqualTo(403);
        HttpTestClient partyArs = as("cd-53", Roles.ARS_AGENT);
        assertThat(partyArs.post(c + "/amendments", Map.of("changes", "x", "signedOn", "2017-01-01")).status()).isEqualTo(403);
        assertThat(owner.get(c + "/amendments").json().size()).isZero();

        HttpTestClient stranger = as("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        assertThat(stranger.get(c + "/action-sheets").status()).isEqualTo(404);
        assertThat(stranger.post(c + "/axes", Map.of("code", "9", "title", "x", "order", 1)).status()).isEqualTo(404);
        assertThat(owner.get(c + "/axes").json().size()).isEqualTo(1);
    }

    @Test
    void theCoordinatorOfAContractWritesItsSheetsProgrammingAndReportAndGets404OnAnotherContract() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String a = "/api/v1/contracts/" + signedContract(agent);
        String b = "/api/v1/contracts/" + signedContract(agent);
        String subject = "coordinator.toulon." + System.nanoTime();
        assertThat(agent.ifMatch(a).post(a + "/coordinator", Map.of("subject", subject)).status()).isEqualTo(200);
        agent.ifMatch(b).post(b + "/coordinator", Map.of("subject", "coordinator.hyeres"));
        String axisA = agent.post(a + "/axes", Map.of("code", "1", "title", "Accès aux soins", "order", 1)).json().get("id").asString();
        String axisB = agent.post(b + "/axes", Map.of("code", "1", "title", "Accès aux soins", "order", 1)).json().get("id").asString();
        String sheetB = agent.post(b + "/action-sheets", sheet(axisB, "500", "2016-01-01", "2016-12-31")).json().get("id").asString();
        HttpTestClient coordinator = coordinator(subject);

        HttpTestClient.Response created = coordinator.post(a + "/action-sheets", sheet(axisA, "8000", "2016-01-01", "2016-12-31"));
        assertThat(created.status()).isEqualTo(201);
        String s = a + "/action-sheets/" + created.json().get("id").asString();
        HttpTestClient.Response edited = coordinator.with("If-Match", created.header("ETag"))
                .request("PUT", s, sheet(axisA, "9000.10", "2016-01-01", "2016-12-31"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("budget").decimalValue()).isEqualByComparingTo("9000.10");
        assertThat(coordinator.ifMatch(s).post(s + "/measurements", Map.of("indicator", "médecins installés", "year", 2016, "value", 2))
                .json().at("/indicators/0/measured/2016").asInt()).isEqualTo(2);
        HttpTestClient.Response drafted = coordinator.ifMatch(a + "/programmings/2016").request("PUT", a + "/programmings/2016",
                Map.of("actionSheetIds", List.of(created.json().get("id").asString())));
        assertThat(drafted.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(coordinator.ifMatch(a + "/programmings/2016").post(a + "/programmings/2016/submission", Map.of()).json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(coordinator.ifMatch(a + "/annual-reports/2016").request("PUT", a + "/annual-reports/2016", Map.of("achievements", "deux médecins installés",
                "creditsUsed", "7000")).status()).isEqualTo(200);
        HttpTestClient.Response submitted = coordinator.ifMatch(a + "/annual-reports/2016").post(a + "/annual-reports/2016/submission", Map.of("on", "2017-02-01"));
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(agent.get(a + "/annual-reports/2016").json().get("submittedOn").asString()).isEqualTo("2017-02-01");
        assertThat(coordinator.post(a + "/axes", Map.of("code", "2", "title", "x", "order", 2)).status())
                .as("the axes are the contract as signed: the ARS's").isEqualTo(403);
        assertThat(coordinator.post(a + "/amendments", Map.of("changes", "x", "signedOn", "2017-01-01")).status()).isEqualTo(403);

        for (HttpTestClient.Response refused : List.of(
                coordinator.post(b + "/action-sheets", sheet(axisB, "1", "2016-01-01", "2016-12-31")),
                coordinator.ifMatch(b + "/action-sheets/" + sheetB).request("PUT", b + "/action-sheets/" + sheetB, sheet(axisB, "1", "2016-01-01", "2016-12-31")),
                coordinator.ifMatch(b + "/action-sheets/" + sheetB).post(b + "/action-sheets/" + sheetB + "/measurements", Map.of("indicator", "médecins installés", "year", 2016, "value", 1)),
                coordinator.ifMatch(b + "/programmings/2016").request("PUT", b + "/programmings/2016", Map.of("actionSheetIds", List.of(sheetB))),
                coordinator.ifMatch(b + "/annual-reports/2016").request("PUT", b + "/annual-reports/2016", Map.of("achievements", "rien", "creditsUsed", "0")),
                coordinator.ifMatch(b + "/annual-reports/2016").post(b + "/annual-reports/2016/submission", Map.of()),
                coordinator.get(b + "/action-sheets"))) {
            assertThat(refused.status()).as("another contract tells nothing").isEqualTo(404);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        JsonNode sheetsOfB = agent.get(b + "/action-sheets").json();
        assertThat(sheetsOfB.size()).as("nothing changed on B").isEqualTo(1);
        assertThat(sheetsOfB.get(0).get("budget").decimalValue()).isEqualByComparingTo("500");
        assertThat(sheetsOfB.get(0).get("indicators").get(0).path("measured").size()).isZero();
        assertThat(agent.get(b + "/programmings/2016").status()).isEqualTo(404);
        assertThat(agent.get(b + "/annual-reports/2016").status()).isEqualTo(404);
    }

    @Test
    void theContractAsSignedIsKeptWhateverLaterEditsOfItsActionSheetsAndAmendmentsChange() throws Exception {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String[] planned = new String[2];
        String id = signedContract(agent, c -> {
            assertThat(agent.ifMatch(c).post(c + "/territory", Map.of("communes", List.of("83137"))).status()).isEqualTo(200);
            planned[0] = agent.post(c + "/axes", Map.of("code", "1", "title", "Accès aux soins", "order", 1)).json().get("id").asString();
            planned[1] = agent.post(c + "/action-sheets", sheet(planned[0], "15000.50", "2016-01-01", "2016-12-31")).json().get("id").asString();
        });
        String c = "/api/v1/contracts/" + id;
        agent.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER"));

        HttpTestClient.Response signed = agent.get(c + "/signed-version");
        assertThat(signed.status()).isEqualTo(200);
        JsonNode asSigned = signed.json();
        assertThat(asSigned.get("origin").asString()).isEqualTo("SIGNATURE");
        JsonNode snapshot = asSigned.get("snapshot");
        assertThat(snapshot.get("title").asString()).startsWith("CLS de Toulon");
        assertThat(snapshot.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(snapshot.get("startDate").asString()).isEqualTo("2015-06-15");
        assertThat(snapshot.get("endDate").asString()).isEqualTo("2018-06-14");
        assertThat(snapshot.at("/territory/communes/0").asString()).isEqualTo("83137");
        assertThat(snapshot.get("territoryPopulation").asLong()).isEqualTo(179_116);
        assertThat(snapshot.get("signatories").findValuesAsString("signedOn")).containsExactlyInAnyOrder("2015-06-10", "2015-06-12");
        assertThat(snapshot.at("/axes/0/code").asString()).isEqualTo("1");
        assertThat(snapshot.at("/actionSheets/0/id").asString()).isEqualTo(planned[1]);
        assertThat(snapshot.at("/actionSheets/0/budget").decimalValue()).isEqualByComparingTo("15000.50");

        agent.ifMatch(c + "/action-sheets/" + planned[1]).request("PUT", c + "/action-sheets/" + planned[1], sheet(planned[0], "20000", "2016-01-01", "2017-12-31"));
        agent.post(c + "/axes", Map.of("code", "2", "title", "Santé mentale", "order", 2));
        HttpTestClient.Response amendment = agent.post(c + "/amendments", Map.of("changes", "fiche 1 portée à 20 000 €, axe 2",
                "signedOn", "2016-03-01"));
        assertThat(amendment.json().at("/snapshot/actionSheets/0/budget").decimalValue()).isEqualByComparingTo("20000");

        assertThat(agent.get(c + "/signed-version").json()).as("unchanged by edits and amendments").isEqualTo(asSigned);
        assertThat(as("cd-53", Roles.DEPARTEMENT_AGENT).get(c + "/signed-version").json()).as("a party reads it").isEqualTo(asSigned);
        assertThat(as("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER).get(c + "/signed-version").status()).isEqualTo(404);
    }

    @Test
    void aContractNotYetSignedHasNoSignedVersionAndAnImportedOneIsKeptAsImported() {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String draft = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Hyères")).json().get("id").asString();
        HttpTestClient.Response none = agent.get("/api/v1/contracts/" + draft + "/signed-version");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).contains("application/problem+json");

        String imported = as("ars-paca", Roles.ARS_APPROVER).post("/api/v1/contracts/imports", Map.of("kind", "CLS",
                "title", "CLS d'Apt", "status", "IN_FORCE", "startDate", "2014-12-01", "signatories", List.of(
                        Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2014-11-20"),
                        Map.of("organisation", "Commune d'Apt", "kind", "COLLECTIVITE", "signedOn", "2014-11-21"))))
                .json().get("id").asString();
        JsonNode version = agent.get("/api/v1/contracts/" + imported + "/signed-version").json();
        assertThat(version.get("origin").asString()).isEqualTo("IMPORT");
        assertThat(version.get("inForceOn").asString()).isEqualTo("2014-12-01");
        assertThat(version.at("/snapshot/signatories").findValuesAsString("organisation")).containsExactlyInAnyOrder("ARS PACA", "Commune d'Apt");
    }

    @Test
    void aClosedContractIsImportedWithTheAxesItWasSignedWithInTheirOrderAndKeptSoAsSigned() {
        HttpTestClient agent = as("ars-paca", Roles.ARS_AGENT);
        String id = as("ars-paca", Roles.ARS_APPROVER).post("/api/v1/contracts/imports", Map.of("kind", "CLS",
                "title", "CLS de Briançon (import)", "status", "CLOSED", "startDate", "2015-06-01", "signatories", List.of(
                        Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2015-06-01"),
                        Map.of("organisation", "Commune de Briançon", "kind", "COLLECTIVITE", "signedOn", "2015-06-01")),
                "axes", List.of("L'accès aux soins", "La prévention", "La santé mentale")))
                .json().get("id").asString();

        JsonNode axes = agent.get("/api/v1/contracts/" + id + "/axes").json();
        assertThat(axes.findValuesAsString("title")).containsExactly("L'accès aux soins", "La prévention", "La santé mentale");
        assertThat(axes.findValuesAsString("code")).containsExactly("A1", "A2", "A3");
        JsonNode version = agent.get("/api/v1/contracts/" + id + "/signed-version").json();
        assertThat(version.at("/snapshot/axes").findValuesAsString("title")).containsExactly("L'accès aux soins", "La prévention",
                "La santé mentale");
        assertThat(agent.post("/api/v1/contracts/" + id + "/axes", Map.of("code", "A4", "title", "Après coup", "order", 4))
                .status()).as("a closed contract takes no new axis").isEqualTo(409);
    }

    @Test
    void anImportWithABlankAxisIsRefusedNamingItAndNothingIsImported() {
        HttpTestClient approver = as("ars-paca", Roles.ARS_APPROVER);
        HttpTestClient.Response refused = approver.post("/api/v1/contracts/imports", Map.of("kind", "CLS",
                "title", "CLS de Grasse (axe vide)", "status", "CLOSED", "startDate", "2015-06-01", "signatories", List.of(
                        Map.of("organisation", "ARS PACA", "kind", "ARS", "signedOn", "2015-06-01"),
                        Map.of("organisation", "Commune de Grasse", "kind", "COLLECTIVITE", "signedOn", "2015-06-01")),
                "axes", List.of("La prévention", " ")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("axes");
        assertThat(approver.get("/api/v1/contracts?size=200").json().findValuesAsString("title"))
                .doesNotContain("CLS de Grasse (axe vide)");
    }

    /** A coordinator account of the owner ARS, with no other role. */
    HttpTestClient coordinator(String subject) {
        return asPerson("ars-paca", subject, Roles.CLS_COORDINATOR);
    }

    static Map<String, Object> sheet(String axisId, String budget, String start, String end) {
        return Map.of("axisId", axisId, "title", "Maison de santé", "objective", "Attirer des médecins", "pilot", "Ville",
                "partners", List.of("CPAM", "Ordre des médecins"), "targetPublic", "habitants", "startDate", start,
                "endDate", end, "budget", new java.math.BigDecimal(budget),
                "indicators", List.of(Map.of("name", "médecins installés", "unit", "nombre", "targetValue", 4)));
    }

    String signedContract(HttpTestClient agent) throws Exception {
        return signedContract(agent, c -> { });
    }

    /**
     * The steps of ContractLifecycleIntegrationTest up to IN_FORCE (PACA: from 2015-06-15 to 2018-06-14).
     *
     * @param inElaboration what to write while the contract is in elaboration, given the contract's path
     */
    String signedContract(HttpTestClient agent, java.util.function.Consumer<String> inElaboration) throws Exception {
        HttpTestClient approver = as("ars-paca", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Toulon " + System.nanoTime(),
                "letterOfIntentReceivedOn", "2014-10-01")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of("on", "2014-10-15"));
        approver.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true));
        inElaboration.accept(c);
        String ars = agent.post(c + "/signatories", Map.of("organisation", "ARS PACA", "kind", "ARS")).json().get("id").asString();
        String city = agent.post(c + "/signatories", Map.of("organisation", "Ville de Toulon", "kind", "COLLECTIVITE")).json().get("id").asString();
        publish("ars-paca", ContractValidatedV1.TYPE, id,
                new ContractValidatedV1(UUID.fromString(id), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2015, 5, 20)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !agent.get(c).json().path("copilValidatedOn").isNull());
        agent.ifMatch(c).post(c + "/submission", Map.of());
        agent.ifMatch(c).post(c + "/signatories/" + ars + "/signature", Map.of("signedOn", "2015-06-10"));
        agent.ifMatch(c).post(c + "/signatories/" + city + "/signature", Map.of("signedOn", "2015-06-12"));
        assertThat(approver.ifMatch(c).post(c + "/signature", Map.of("startDate", "2015-06-15")).json().get("status").asString()).isEqualTo("IN_FORCE");
        return id;
    }

    private void publish(String tenant, String type, String contractId, Object payload) throws Exception {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/governance-service",
                type, contractId, OffsetDateTime.now(), "application/json", tenant, "test", json.valueToTree(payload));
        kafka.send(GovernanceEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }
}
