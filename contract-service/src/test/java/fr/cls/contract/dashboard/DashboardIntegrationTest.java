package fr.cls.contract.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.MovableClock;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * The tenant's dashboard and CSV lists, on a clock the test holds: 16 February 2026 to begin with, before the annual
 * reports of 2025 fall due (31 March); only the overdue test moves it on, so every test reads "today" from the clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, DashboardIntegrationTest.Clocks.class })
class DashboardIntegrationTest extends EventApiTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock(LocalDate.of(2026, 2, 16).atTime(9, 0).atZone(PARIS).toInstant(), PARIS);
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventCodec codec;

    LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    @Test
    void theDashboardCountsContractsByKindAndStatusListsThoseEndingSoonAndThePopulationCovered() {
        String tenant = TestTenants.next();
        HttpTestClient approver = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS", "CLS qui finit bientôt", today().minusYears(3), today().plusMonths(2), 60_000);
        importContract(approver, "CLS", "CLS qui finit plus tard", today().minusYears(1), today().plusYears(2), 154_023);
        approver.post("/api/v1/contracts", Map.of("kind", "CLSM", "title", "CLSM en projet"));

        JsonNode overview = approver.get("/api/v1/contracts/dashboard?endingWithinMonths=6").json();

        assertThat(overview.get("contractsByKindAndStatus").toString())
                .contains("{\"kind\":\"CLS\",\"status\":\"IN_FORCE\",\"contracts\":2}")
                .contains("{\"kind\":\"CLSM\",\"status\":\"LETTER_OF_INTENT_RECEIVED\",\"contracts\":1}");
        assertThat(overview.get("endingSoon").findValuesAsString("title")).containsExactly("CLS qui finit bientôt");
        assertThat(overview.get("populationInForce").asLong())
                .as("imported with their population only: each figure counts").isEqualTo(214_023);
        assertThat(as(TestTenants.next(), Roles.ARS_AGENT).get("/api/v1/contracts/dashboard").json()
                .get("contractsByKindAndStatus").size()).isZero();
    }

    @Test
    void theCsvExportHasTheChosenColumnsAndFiltersAndNothingOfOtherTenants() {
        String tenant = TestTenants.next();
        HttpTestClient approver = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS", "CLS, avec une virgule", today().minusYears(1), today().plusYears(2), 70_000);
        approver.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS en projet"));
        as(TestTenants.next(), Roles.ARS_AGENT).post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS d'un autre"));

        HttpTestClient.Response csv = approver.get("/api/v1/contracts/export?columns=title,status,territoryPopulation&status=IN_FORCE");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).containsExactly("title,status,territoryPopulation",
                "\"CLS, avec une virgule\",IN_FORCE,70000");
    }

    @Test
    void aTitleThatASpreadsheetWouldRunAsAFormulaIsExportedAsTextInEveryContractExport() {
        HttpTestClient approver = as(TestTenants.next(), Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS", "=HYPERLINK(\"http://evil.example\",\"CLS\")", today().minusYears(1),
                today().plusMonths(2), 12_000);
        importContract(approver, "CLS", "@SUM(A1:A9)", today().minusYears(1), today().plusMonths(3), 5_000);

        String expected = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"CLS\"\")\"";
        assertThat(approver.get("/api/v1/contracts/export?columns=title,territoryPopulation").body().split("\r\n"))
                .containsExactly("title,territoryPopulation", expected + ",12000", "'@SUM(A1:A9),5000");
        assertThat(approver.get("/api/v1/contracts/export/ending-soon?columns=title").body().split("\r\n"))
                .containsExactly("title", expected, "'@SUM(A1:A9)");
    }

    @Test
    void theCsvExportFiltersOnTheKindOfContract() {
        HttpTestClient approver = as(TestTenants.next(), Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS", "CLS de Morlaix", today().minusYears(1), today().plusYears(2), 30_000);
        importContract(approver, "CLSM", "CLSM de Morlaix", today().minusYears(1), today().plusYears(2), 30_000);
        approver.post("/api/v1/contracts", Map.of("kind", "CLSM", "title", "CLSM de Quimper"));
        approver.post("/api/v1/contracts", Map.of("kind", "PROTOCOLE_ACCORD", "title", "Protocole de Brest"));

        assertThat(approver.get("/api/v1/contracts/export?columns=title,kind&kind=CLSM").body().split("\r\n"))
                .containsExactly("title,kind", "CLSM de Morlaix,CLSM", "CLSM de Quimper,CLSM");
        assertThat(approver.get("/api/v1/contracts/export?columns=title&kind=CLSM&status=IN_FORCE").body().split("\r\n"))
                .as("with the status too").containsExactly("title", "CLSM de Morlaix");
        assertThat(approver.get("/api/v1/contracts/export?columns=title&kind=PROTOCOLE_ACCORD").body().split("\r\n"))
                .containsExactly("title", "Protocole de Brest");
        HttpTestClient.Response unknown = approver.get("/api/v1/contracts/export?kind=CLSX");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theContractsEndingSoonAreExportedWithTheChosenColumnsOwnersAndPartiesAlike() {
        String tenant = TestTenants.next();
        HttpTestClient approver = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(approver, "CLS", "CLS de Dinan", today().minusYears(3), today().plusMonths(5), 40_000);
        importContract(approver, "CLSM", "CLSM de Dinan", today().minusYears(3), today().plusMonths(1), 40_000);
        importContract(approver, "CLS", "CLS de Fougères", today().minusYears(1), today().plusMonths(7), 40_000);
        String shared = importContract(approver, "CLS", "CLS de Vitré", today().minusYears(3), today().plusMonths(3), 40_000);
        String party = TestTenants.nextDepartement();
        approver.post("/api/v1/contracts/" + shared + "/parties", Map.of("tenantId", party, "role", "CO_FUNDER"));

        HttpTestClient.Response csv = approver.get("/api/v1/contracts/export/ending-soon?columns=title,kind,endDate");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("contracts-ending-soon.csv");
        assertThat(csv.body().split("\r\n")).as("within 6 months by default, soonest first").containsExactly("title,kind,endDate",
                "CLSM de Dinan,CLSM," + today().plusMonths(1), "CLS de Vitré,CLS," + today().plusMonths(3),
                "CLS de Dinan,CLS," + today().plusMonths(5));
        assertThat(approver.get("/api/v1/contracts/export/ending-soon?columns=title&withinMonths=2").body().split("\r\n"))
                .containsExactly("title", "CLSM de Dinan");
        assertThat(as(party, Roles.DEPARTEMENT_AGENT).get("/api/v1/contracts/export/ending-soon?columns=title,ownerTenantId")
                .body().split("\r\n")).as("a party sees the contracts it takes part in").containsExactly("title,ownerTenantId",
                        "CLS de Vitré," + tenant);
        HttpTestClient.Response refused = approver.get("/api/v1/contracts/export/ending-soon?columns=title,budget");
        assertThat(refused.status()).as("an unknown column is the request's own mistake").isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("columns");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("budget");
        Map<String, String> outOfRange = Map.of("/api/v1/contracts/export/ending-soon?withinMonths=120", "withinMonths",
                "/api/v1/contracts/export/ending-soon?withinMonths=0", "withinMonths",
                "/api/v1/contracts/dashboard?endingWithinMonths=61", "endingWithinMonths");
        outOfRange.forEach((query, parameter) -> {
            HttpTestClient.Response bad = approver.get(query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.json().at("/errors/0/field").asString()).as(query).isEqualTo(parameter);
            assertThat(bad.json().at("/errors/0/message").asString()).as("the allowed range").contains("entre 1 et 60");
        });
        HttpTestClient.Response notANumber = approver.get("/api/v1/contracts/export/ending-soon?withinMonths=six");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().at("/errors/0/field").asString()).isEqualTo("withinMonths");
    }

    @Test
    void theAnnualReportsFallOverdueAfter31MarchAndASubmittedReportLeavesTheList() {
        HttpTestClient approver = as(TestTenants.next(), Roles.ARS_AGENT, Roles.ARS_APPROVER);
        String lorient = importContract(approver, "CLS", "CLS de Lorient", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), 57_000);
        importContract(approver, "CLS", "CLS de Vannes", LocalDate.of(2024, 6, 1), LocalDate.of(2029, 5, 31), 54_000);
        importContract(approver, "CLS", "CLS d'Auray", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), 14_000);
        assertThat(today()).isEqualTo(LocalDate.of(2026, 2, 16));
        // Another owner whose rules give its coordinators until 30 June.
        String lateTenant = TestTenants.next();
        TenantContext.callAs(lateTenant, () -> tx.execute(status -> jdbc.update("""
                insert into tenant_contract_rule (tenant_id, source, annual_report_due_month, annual_report_due_day)
                values (?, 'test: bilans attendus au 30 juin', 6, 30)""", lateTenant)));
        HttpTestClient lateOwner = as(lateTenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        importContract(lateOwner, "CLS", "CLS de Quimper", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), 63_000);

        assertThat(approver.get("/api/v1/contracts/dashboard").json().get("reportsOverdue").size())
                .as("the reports of 2025 are due by 31 March 2026").isZero();
        assertThat(approver.get("/api/v1/contracts/export/reports-overdue").body().split("\r\n")).containsExactly("id,title,reportYear");

        clock.advance(Duration.ofDays(44));
        assertThat(today()).isEqualTo(LocalDate.of(2026, 4, 1));

        JsonNode overdue = approver.get("/api/v1/contracts/dashboard").json().get("reportsOverdue");
        assertThat(overdue.findValuesAsString("title")).as("Auray started in 2026").containsExactly("CLS de Lorient", "CLS de Vannes");
        assertThat(overdue.findValues("year")).extracting(JsonNode::asInt).containsOnly(2025);
        assertThat(lateOwner.get("/api/v1/contracts/dashboard").json().get("reportsOverdue").size())
                .as("its owner's rule gives Quimper until 30 June").isZero();
        assertThat(lateOwner.get("/api/v1/contracts/export/reports-overdue?columns=title").body().split("\r\n"))
                .containsExactly("title");
        HttpTestClient.Response csv = approver.get("/api/v1/contracts/export/reports-overdue?columns=title,reportYear,startDate");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("annual-reports-overdue.csv");
        assertThat(csv.body().split("\r\n")).containsExactly("title,reportYear,startDate",
                "CLS de Lorient,2025,2024-01-01", "CLS de Vannes,2025,2024-06-01");

        String report = "/api/v1/contracts/" + lorient + "/annual-reports/2025";
        assertThat(approver.ifMatch(report).request("PUT", report, Map.of("achievements", "maison de santé ouverte", "creditsUsed", "12000.00"))
                .status()).isEqualTo(200);
        assertThat(approver.get("/api/v1/contracts/dashboard").json().get("reportsOverdue").findValuesAsString("title"))
                .as("a draft is not a report").containsExactly("CLS de Lorient", "CLS de Vannes");
        assertThat(approver.ifMatch(report).ifMatch(report).post(report + "/submission", Map.of()).json().get("status").asString()).isEqualTo("SUBMITTED");

        assertThat(approver.get("/api/v1/contracts/dashboard").json().get("reportsOverdue").findValuesAsString("title"))
                .containsExactly("CLS de Vannes");
        assertThat(approver.get("/api/v1/contracts/export/reports-overdue?columns=title").body().split("\r\n"))
                .containsExactly("title", "CLS de Vannes");
    }

    /**
     * Bretagne (région 53, 3,449,370 inhabitants in the loaded INSEE dataset) has a CLS on Saint-Brieuc Armor
     * Agglomération (32 communes, 154,167 inhabitants counted commune by commune) and a CLSM on the same EPCI plus
     * Lannion (20,315): 174,482 people are covered, not the 328,361 of the two contracts' figures added up. A third, on
     * the communes of Saint-Brieuc and Plérin (58,789 inhabitants), adds nobody: they are the EPCI's.
     */
    @Test
    void theCoverageRateCountsEachCommuneOnceWhateverTheContractsCoveringIt() throws Exception {
        HttpTestClient bretagne = as("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER);
        JsonNode cls = inForce(bretagne, "CLS", "CLS de Saint-Brieuc Armor Agglomération", Map.of("epci", List.of("200069409")));
        JsonNode clsm = inForce(bretagne, "CLSM", "CLSM de Saint-Brieuc et Lannion",
                Map.of("epci", List.of("200069409"), "communes", List.of("22113")));
        inForce(bretagne, "CLS", "CLS de Saint-Brieuc et Plérin", Map.of("communes", List.of("22278", "22187")));
        String rennes = bretagne.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Rennes")).json().get("id").asString();
        assertThat(bretagne.ifMatch("/api/v1/contracts/" + rennes).post("/api/v1/contracts/" + rennes + "/territory", Map.of("communes", List.of("35238"))).status())
                .as("not in force: not counted").isEqualTo(200);
        assertThat(cls.get("territoryPopulation").asLong() + clsm.get("territoryPopulation").asLong()).isEqualTo(328_361);

        JsonNode overview = bretagne.get("/api/v1/contracts/dashboard").json();

        assertThat(overview.get("populationInForce").asLong()).isEqualTo(174_482);
        assertThat(overview.get("regionPopulation").asLong()).isEqualTo(3_449_370);
        assertThat(overview.get("coverageRate").asDouble()).as("174,482 / 3,449,370 in percent").isEqualTo(5.06);
    }

    @Test
    void anUnknownColumnIsRefusedNamingIt() {
        HttpTestClient agent = as(TestTenants.next(), Roles.ARS_AGENT);
        HttpTestClient.Response refused = agent.get("/api/v1/contracts/export?columns=title,salary");

        assertThat(refused.status()).as("the request's own mistake").isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("columns");
        assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("known-columns");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("salary");
        assertThat(agent.get("/api/v1/contracts/export/reports-overdue?columns=title,reportYear,salary").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/contracts/export?columns=title,reportYear").status())
                .as("the report year belongs to the overdue list").isEqualTo(400);
    }

    @Test
    void aCoordinatorGetsNoTenantWideList() {
        HttpTestClient coordinator = as("ars-bretagne", Roles.CLS_COORDINATOR);
        assertThat(coordinator.get("/api/v1/contracts/export/ending-soon").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/contracts/export/reports-overdue").status()).isEqualTo(403);
    }

    /** A Bretagne contract driven through the API to IN_FORCE on the territory given (the COPIL's validation by event). */
    private JsonNode inForce(HttpTestClient ars, String kind, String title, Map<String, Object> territory) throws Exception {
        String id = ars.post("/api/v1/contracts", Map.of("kind", kind, "title", title, "letterOfIntentReceivedOn", "2024-09-01"))
                .json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        ars.ifMatch(c).post(c + "/framing", Map.of("on", "2024-09-15"));
        ars.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        ars.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true));
        assertThat(ars.ifMatch(c).post(c + "/territory", territory).status()).isEqualTo(200);
        String agency = ars.post(c + "/signatories", Map.of("organisation", "ARS Bretagne", "kind", "ARS")).json().get("id").asString();
        String carrier = ars.post(c + "/signatories", Map.of("organisation", "Saint-Brieuc Armor Agglomération",
                "kind", "COLLECTIVITE", "carrier", true)).json().get("id").asString();
        EventEnvelope validated = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/governance-service",
                ContractValidatedV1.TYPE, id, OffsetDateTime.now(), "application/json", "ars-bretagne", "test",
                json.valueToTree(new ContractValidatedV1(UUID.fromString(id), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2024, 12, 5))));
        kafka.send(GovernanceEvents.TOPIC, validated.subject(), codec.encode(validated)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> !ars.get(c).json().path("copilValidatedOn").isNull());
        assertThat(ars.ifMatch(c).post(c + "/submission", Map.of()).status()).isEqualTo(200);
        ars.ifMatch(c).post(c + "/signatories/" + agency + "/signature", Map.of("signedOn", "2024-12-10"));
        ars.ifMatch(c).post(c + "/signatories/" + carrier + "/signature", Map.of("signedOn", "2024-12-12"));
        HttpTestClient.Response signed = ars.ifMatch(c).post(c + "/signature", Map.of("startDate", "2025-01-01", "endDate", "2029-12-31"));
        assertThat(signed.json().get("status").asString()).isEqualTo("IN_FORCE");
        return signed.json();
    }

    /** @return the id of the contract imported IN_FORCE with its population only (no member codes) */
    private static String importContract(HttpTestClient approver, String kind, String title, LocalDate start, LocalDate end,
            long population) {
        HttpTestClient.Response imported = approver.post("/api/v1/contracts/imports", Map.of("kind", kind, "title", title,
                "status", "IN_FORCE", "startDate", start.toString(), "endDate", end.toString(), "territoryPopulation", population,
                "signatories", List.of(Map.of("organisation", "ARS", "kind", "ARS", "signedOn", start.toString()),
                        Map.of("organisation", "Collectivité", "kind", "COLLECTIVITE", "signedOn", start.toString()))));
        assertThat(imported.status()).isEqualTo(201);
        return imported.json().get("id").asString();
    }
}
