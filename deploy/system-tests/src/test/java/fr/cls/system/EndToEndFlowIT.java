package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.cls.deploy.Service;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.PdfText;
import fr.cls.platform.test.TestPdfs;
import tools.jackson.databind.JsonNode;

/**
 * Flows on the real stack through the gateway: a contract recorded by notification-service (also across a Kafka
 * outage), and a contract driven to renewal with its COPIL's decisions.
 */
class EndToEndFlowIT {

    static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** Issue #4: the demo data of the run command loads through the gateway, with axes and a coordinator, once. */
    @Test
    void theDemoDataLoadsThroughTheGatewayWithTheSeedsAxesAndACoordinatorAndOnlyOnce() throws Exception {
        int added = stack.stack().addDemoData();
        int again = stack.stack().addDemoData();

        assertThat(added).as("7 PACA contracts and 5 projects").isEqualTo(12);
        assertThat(again).as("a restart adds nothing").isZero();
        JsonNode contracts = paca().get("/api/v1/contracts?size=200").json().get("items");
        String marseille = idOf(contracts, "CLS de Marseille");
        assertThat(paca().get("/api/v1/contracts/" + marseille).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(paca().get("/api/v1/contracts/" + marseille + "/axes").json().findValuesAsString("title"))
                .containsExactly("Les enfants et les adolescents", "Les personnes âgées", "Les personnes atteintes d'un handicap",
                        "L'accès aux soins, à la prévention et l'amélioration de la prise en charge");
        String project = idOf(contracts, "CLS de Marseille, nouvelle génération (démo)");
        JsonNode coordinated = stack.gatewayAs("coordinator.marseille").get("/api/v1/contracts/" + project).json();
        assertThat(coordinated.get("coordinator").asString()).isEqualTo("coordinator.marseille");
        assertThat(coordinated.get("status").asString()).isEqualTo("ELABORATION");
        assertThat(coordinated.get("territoryPopulation").asLong()).as("Marseille, INSEE 2022").isPositive();
    }

    private static String idOf(JsonNode contracts, String title) {
        for (JsonNode contract : contracts) {
            if (title.equals(contract.get("title").asString())) {
                return contract.get("id").asString();
            }
        }
        throw new AssertionError("no contract " + title + " in " + contracts);
    }

    HttpTestClient paca() {
        return stack.gatewayAs("agent.paca");
    }

    /**
     * Issue 15: an operator onboards a département through the API; the gateway and every service take it from Kafka
     * within seconds, without restart; suspended, its people are refused everywhere, reinstated, let back in.
     */
    @Test
    void aTenantOnboardedAndSuspendedThroughTheApiIsInForceAtTheGatewayAndInEveryService() {
        HttpTestClient operator = stack.gatewayAs("operator");
        HttpTestClient agent = stack.gatewayAs("agent.cd22");
        List<String> everyService = List.of("/api/v1/contracts", "/api/v1/funding/requests",
                "/api/v1/governance/bodies", "/api/v1/notifications/deliveries");
        assertThat(agent.get("/api/v1/contracts").status()).isEqualTo(401);

        HttpTestClient.Response created = operator.post("/api/v1/tenant-directory", Map.of("id", "cd-22", "entry",
                Map.of("kind", "DEPARTEMENT", "name", "Département des Côtes-d'Armor", "inseeCode", "22",
                        "issuers", List.of(stack.issuerUrl()), "rateLimit", Map.of("requestsPerSecond", 20, "burst", 40))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> everyService.stream().allMatch(path -> agent.get(path).status() == 200));

        HttpTestClient.Response suspended = operator.with("If-Match", "\"1\"")
                .request("POST", "/api/v1/tenant-directory/cd-22/suspension", null);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> everyService.stream().allMatch(path -> agent.get(path).status() == 401));

        assertThat(operator.with("If-Match", "\"2\"").request("DELETE", "/api/v1/tenant-directory/cd-22/suspension", null)
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> everyService.stream().allMatch(path -> agent.get(path).status() == 200));
    }

    @Test
    void aContractCreatedThroughTheGatewayIsRecordedByNotificationService() {
        HttpTestClient.Response created = paca().with("X-Correlation-Id", "system-test-1")
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Marseille (lettre d'intention)",
                        "letterOfIntentReceivedOn", "2015-01-15"));
        assertThat(created.status()).isEqualTo(201);
        String contractId = created.json().get("id").asString();

        // The contract's creation and its first profile (published for funders).
        HttpTestClient.Response deliveries = awaitDeliveries(contractId, 2);
        assertThat(deliveries.json().get("items").findValuesAsString("eventType"))
                .containsExactlyInAnyOrder("cls.contract.initiated.v1", "cls.contract.profile.v1");
        assertThat(deliveries.json().get("items").findValuesAsString("correlationId")).containsOnly("system-test-1");
        assertThat(stack.gatewayAs("agent.bretagne")
                .get("/api/v1/notifications/deliveries?subject=" + contractId).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void anEventCommittedWhileKafkaIsDownArrivesExactlyOnceWhenItIsBack() throws Exception {
        stack.stack().kafka().stop();
        String contractId;
        try {
            HttpTestClient.Response created = paca().post("/api/v1/contracts",
                    Map.of("kind", "CLSM", "title", "CLSM de Grasse"));
            assertThat(created.status()).isEqualTo(201);
            contractId = created.json().get("id").asString();
            assertThat(outboxPublished(contractId)).as("the event waits in the outbox while Kafka is down").isFalse();
        } finally {
            stack.stack().kafka().start();
        }

        awaitDeliveries(contractId, 2);
        assertThat(outboxPublished(contractId)).isTrue();
        // A later event on the same path proves the earlier one had every chance to arrive twice.
        String later = paca().post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Toulon"))
                .json().get("id").asString();
        awaitDeliveries(later, 2);
        assertThat(deliveries(contractId).json().get("totalItems").asLong()).isEqualTo(2);
    }

    /** Issues #4 and #6: letter of intent to renewal through the gateway, the COPIL's decisions unlocking the steps. */
    @Test
    void aCopilHeldWithQuorumValidatesAContractWhichIsThenSignedEvaluatedAndRenewed() {
        HttpTestClient agent = paca();
        HttpTestClient approver = stack.gatewayAs("approver.paca");
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Martigues")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of());
        approver.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        assertThat(agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true))
                .json().get("status").asString()).isEqualTo("ELABORATION");
        String ars = agent.post(c + "/signatories", Map.of("organisation", "ARS PACA", "kind", "ARS")).json().get("id").asString();
        String city = agent.post(c + "/signatories", Map.of("organisation", "Ville de Martigues", "kind", "COLLECTIVITE",
                "carrier", true)).json().get("id").asString();
        assertThat(agent.ifMatch(c).post(c + "/submission", Map.of()).json().get("violations").findValuesAsString("rule"))
                .as("no signature before the COPIL validated the contract").containsExactly("copil-validated");

        // The COPIL, opened by governance-service when the contract entered elaboration, a seat offered to each signatory.
        JsonNode[] copil = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode bodies = agent.get("/api/v1/governance/bodies?kind=COPIL&contractId=" + id).json().get("items");
            copil[0] = bodies.size() == 1 && bodies.get(0).get("members").size() == 2 ? bodies.get(0) : null;
            return copil[0] != null;
        });
        String b = "/api/v1/governance/bodies/" + copil[0].get("id").asString();
        for (JsonNode seat : copil[0].get("members")) {
            assertThat(agent.ifMatch(b).request("PUT", b + "/members/" + seat.get("id").asString(), Map.of("person",
                    "Élu·e de " + seat.get("organisation").asString(), "role", "MEMBER", "voting", true)).status()).isEqualTo(200);
        }
        List<String> members = agent.get(b).json().get("members").findValuesAsString("id");
        assertThat(copilDecides(agent, b, members, "VALIDATE_CONTRACT")).isEqualTo("ADOPTED");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !agent.get(c).json().path("copilValidatedOn").isNull());
        assertThat(agent.ifMatch(c).post(c + "/submission", Map.of()).json().get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
        agent.ifMatch(c).post(c + "/signatories/" + ars + "/signature", Map.of());
        agent.ifMatch(c).post(c + "/signatories/" + city + "/signature", Map.of());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        assertThat(approver.ifMatch(c).post(c + "/signature", Map.of("startDate", today)).json().get("status").asString()).isEqualTo("IN_FORCE");

        // Issue 17 through the gateway: the contract as signed as PDF (404 to another ARS); its signed original
        // uploaded as multipart and read back byte for byte.
        HttpTestClient.Download signed = agent.download(c + "/signed-version/document.pdf");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(PdfText.of(signed.bytes()).flat()).contains("CLS de Martigues", "Ville de Martigues");
        assertThat(stack.gatewayAs("agent.bretagne").download(c + "/signed-version/document.pdf").status()).isEqualTo(404);
        byte[] original = TestPdfs.signed("Contrat local de santé de Martigues, signé");
        HttpTestClient.Response uploaded = agent.postMultipart(c + "/originals", Map.of("kind", "SIGNED_CONTRACT"),
                "cls-martigues-signe.pdf", "application/pdf", original);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(agent.download(c + "/originals/" + uploaded.json().get("id").asString()).bytes()).isEqualTo(original);
        assertThat(agent.postMultipart(c + "/originals", Map.of("kind", "DELIBERATION"), "photo.pdf", "application/pdf",
                TestPdfs.png()).status()).isEqualTo(400);

        assertThat(agent.ifMatch(c).post(c + "/evaluation", Map.of()).json().get("status").asString()).isEqualTo("EVALUATION");
        assertThat(copilDecides(agent, b, members, "ADOPT_EVALUATION")).isEqualTo("ADOPTED");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !agent.get(c).json().path("evaluationAdoptedOn").isNull());
        HttpTestClient.Response renewed = agent.ifMatch(c).post(c + "/renewal", Map.of());
        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.json().get("generation").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> agent.get(b).json().get("status").asString().equals("CLOSED"));
        String next = renewed.json().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> agent.get("/api/v1/governance/bodies?kind=COPIL&contractId=" + next).json().get("items").size() == 1);
    }

    /**
     * Issue #5: the ARS and the département co-fund one contract, each under its own scheme: the ARS publishes its
     * scheme, the ARS's agent simulates and files both requests, each funder instructs, decides, signs the convention
     * and pays its first instalment.
     */
    @Test
    void anArsAndADepartementEachFundASharedContractFromSchemeToPayment() {
        HttpTestClient agent = stack.gatewayAs("agent.pdl");
        HttpTestClient director = stack.gatewayAs("approver.pdl");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS du Pays de Craon")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of());
        director.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true));
        assertThat(agent.ifMatch(c).post(c + "/territory", Map.of("epci", List.of("200048551"))).json().get("territoryPopulation").asLong())
                .isEqualTo(28_594);
        assertThat(agent.post(c + "/parties", Map.of("tenantId", "cd-53", "role", "CO_FUNDER")).status()).isEqualTo(201);

        // The first call to a just-started service may meet the gateway's circuit breaker still warming: retry it.
        HttpTestClient.Response[] published = new HttpTestClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            // A scheme is created before a version is published under its code (409 when a previous run created it).
            HttpTestClient.Response created = director.post("/api/v1/funding/schemes", Map.of("code", "appui-coordination",
                    "name", "Appui à la coordination des CLS"));
            if (created.status() == 503) {
                return false;
            }
            assertThat(created.status()).as(created.body()).isIn(201, 409);
            published[0] = director.post("/api/v1/funding/schemes/appui-coordination/versions", Map.of(
                "name", "Appui à la coordination des CLS", "effectiveFrom", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(),
                "rules", List.of(Map.of("type", "contract-kinds", "kinds", List.of("CLS")), Map.of("type", "cap-per-year", "amount", 15_000),
                        Map.of("type", "co-financing")),
                "source", "system test"));
            return published[0].status() != 503;
        });
        assertThat(published[0].status()).as(published[0].body()).isIn(201, 409);

        JsonNode[] simulation = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpTestClient.Response answer = agent.post("/api/v1/funding/simulations", Map.of("contractId", id,
                    "amountsByYear", Map.of(year, 10_000), "ownShareByYear", Map.of(year, 10_000)));
            simulation[0] = answer.status() == 200 ? answer.json() : null;
            return simulation[0] != null && simulation[0].size() == 2;
        });
        assertThat(simulation[0].findValuesAsString("funder")).containsExactlyInAnyOrder("ars-pays-de-la-loire", "cd-53");
        assertThat(simulation[0].findValues("eligible")).allMatch(JsonNode::asBoolean);

        // Four eyes: the funder's agent instructs, an approver decides, another approver signs the convention.
        String mayenne = fund(agent, stack.gatewayAs("agent.cd53"), stack.gatewayAs("approver.cd53"), stack.gatewayAs("signatory.cd53"),
                Map.of("contractId", id,
                "funder", "cd-53", "schemeCode", "animateurs-sante", "purpose", "COORDINATOR_POST", "amountsByYear", Map.of(year, 10_000)));
        String ars = fund(agent, agent, director, stack.gatewayAs("signatory.pdl"), Map.of("contractId", id, "funder", "ars-pays-de-la-loire",
                "schemeCode", "appui-coordination", "purpose", "ENGINEERING", "amountsByYear", Map.of(year, 12_000),
                "ownShareByYear", Map.of(year, 12_000)));
        assertThat(agent.get("/api/v1/funding/contracts/" + id + "/requests").json().findValuesAsString("id"))
                .as("the owner sees both funders' requests").containsExactlyInAnyOrder(mayenne, ars);
        assertThat(stack.gatewayAs("agent.cd53").get("/api/v1/funding/requests/" + ars).status())
                .as("a funder does not see another funder's request").isEqualTo(404);

        // Issue #7: the département's agent was emailed the request to instruct, the owner's agent the département's
        // decision, through the real SMTP server; both also have it in their inbox.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(subjects("agent.cd53@demo.cls.local"))
                    .contains("[CLS] Demande de financement à instruire\u00a0: «\u00a0CLS du Pays de Craon\u00a0» — Département de la Mayenne");
            assertThat(subjects("agent.pdl@demo.cls.local"))
                    .anyMatch(subject -> subject.startsWith("[CLS] Demande de financement accordée\u00a0: «\u00a0CLS du Pays de Craon\u00a0»"));
        });
        assertThat(stack.gatewayAs("agent.cd53").get("/api/v1/notifications/inbox/unread-count").json().get("unread").asLong())
                .isPositive();
        assertThat(stack.gatewayAs("agent.cd53").get("/api/v1/notifications/deliveries?channel=EMAIL").json()
                .findValuesAsString("status")).contains("SENT");
    }

    /** Subjects of the emails the local SMTP server received for the address. */
    private static List<String> subjects(String address) {
        return stack.mail().get("/api/user/" + address + "/messages/INBOX").json().findValuesAsString("subject");
    }

    /**
     * Issue #8: ARS ARA's (simulated) portal files a dossier through the gateway, the ARS decides it, the portal
     * learns the decision, and the reconciliation finds both views alike.
     */
    @Test
    void aPortalFiledDossierIsDecidedAndThePortalShowsTheDecision() {
        HttpTestClient agent = stack.gatewayAs("agent.ara");
        HttpTestClient director = stack.gatewayAs("approver.ara");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        String id = agent.post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Vichy Communauté")).json().get("id").asString();
        String c = "/api/v1/contracts/" + id;
        agent.ifMatch(c).post(c + "/framing", Map.of());
        director.ifMatch(c).post(c + "/agreement", Map.of("diagnosticMode", "ORS"));
        agent.ifMatch(c).post(c + "/diagnostic", Map.of("territoryPortrait", true, "healthPortrait", true, "resourcesPortrait", true));
        assertThat(agent.ifMatch(c).post(c + "/territory", Map.of("epci", List.of("200071363"))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> agent.post("/api/v1/funding/conventions",
                Map.of("contractId", id, "beneficiary", "Vichy Communauté", "validFrom", year + "-01-01",
                        "validUntil", (year + 4) + "-12-31")).status() == 201);

        HttpTestClient.Response filed = stack.portal().post("/api/dossiers", Map.of("contractId", id, "schemeCode", "cls",
                "year", year, "amount", 20_000, "ownShare", 30_000));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String reference = filed.json().get("portalReference").asString();
        assertThat(stack.portal().post("/api/dossiers", Map.of("contractId", id, "schemeCode", "cls", "year", year,
                "amount", 40_000, "ownShare", 30_000)).json().get("violations").findValuesAsString("rule"))
                .as("the portal shows its user the rule").containsExactly("parity");

        String r = "/api/v1/funding/requests/" + filed.json().get("requestId").asString();
        String v = agent.with("If-Match", Long.toString(filed.json().get("version").asLong())).post(r + "/instruction", Map.of())
                .header("ETag");
        assertThat(director.with("If-Match", v).post(r + "/decision", Map.of("outcome", "GRANTED",
                "amountsByYear", Map.of(year, 20_000))).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "GRANTED".equals(stack.portal().get("/dossiers/" + reference).json().path("status").asString()));
        await("signed webhooks reached the portal").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.portal().get("/dossiers/" + reference).json().path("webhooks").asInt() >= 2);
        assertThat(agent.get("/api/v1/notifications/webhooks/deliveries?status=DELIVERED").json().get("totalItems").asLong())
                .as("the ARS sees what was delivered to its portal").isGreaterThanOrEqualTo(2);
        JsonNode report = agent.post("/api/v1/integration/reconciliations", Map.of()).json();
        assertThat(report.get("outcome").asString()).as(report.toString()).isEqualTo("IN_SYNC");
    }

    /**
     * Files a request, has the funder instruct, grant, convention, sign (another approver than the one who decided) and
     * pay its first year; returns the request id.
     */
    private static String fund(HttpTestClient filer, HttpTestClient funderAgent, HttpTestClient funderApprover,
            HttpTestClient funderSignatory, Map<String, Object> request) {
        HttpTestClient.Response filed = filer.post("/api/v1/funding/requests", request);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        String r = "/api/v1/funding/requests/" + id;
        HttpTestClient.Response instructed = funderAgent.with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of());
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        HttpTestClient.Response granted = funderApprover.with("If-Match", instructed.header("ETag")).post(r + "/decision",
                Map.of("outcome", "GRANTED", "amountsByYear", request.get("amountsByYear")));
        assertThat(granted.json().get("status").asString()).as(granted.body()).isEqualTo("GRANTED");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        HttpTestClient.Response convention = funderAgent.post(r + "/convention", Map.of("beneficiary", "CC du Pays de Craon",
                "validFrom", year + "-01-01", "validUntil", year + "-12-31"));
        assertThat(convention.status()).as(convention.body()).isEqualTo(201);
        String conv = "/api/v1/funding/conventions/" + convention.json().get("id").asString();
        assertThat(funderApprover.with("If-Match", convention.header("ETag")).post(conv + "/signature", Map.of()).json()
                .at("/violations/0/rule").asString()).as("who decided does not sign").isEqualTo("four-eyes");
        assertThat(funderSignatory.with("If-Match", convention.header("ETag")).post(conv + "/signature", Map.of()).json()
                .get("status").asString()).isEqualTo("SIGNED");
        JsonNode payment = funderAgent.get(conv + "/payments").json().get(0);
        assertThat(payment.get("status").asString()).isEqualTo("RELEASED");
        assertThat(funderAgent.with("If-Match", payment.get("version").asString())
                .post("/api/v1/funding/payments/" + payment.get("id").asString() + "/paid", Map.of()).json().get("status").asString())
                .isEqualTo("PAID");
        return id;
    }

    /** Schedules a COPIL meeting today, convenes it, holds it with every member present, decides by consensus. */
    private static String copilDecides(HttpTestClient agent, String body, List<String> members, String purpose) {
        String meeting = agent.post(body + "/meetings", Map.of("scheduledOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(),
                "place", "Hôtel de ville de Martigues")).json().get("id").asString();
        String m = "/api/v1/governance/meetings/" + meeting;
        agent.ifMatch(m).post(m + "/agenda", Map.of("title", purpose, "purpose", purpose));
        assertThat(agent.ifMatch(m).post(m + "/convocation", Map.of()).json().get("lateConvocation").asBoolean()).isTrue();
        JsonNode held = agent.ifMatch(m).post(m + "/holding", Map.of("attendance", members.stream()
                .map(member -> Map.of("memberId", member, "status", "PRESENT")).toList())).json();
        assertThat(held.get("quorumReached").asBoolean()).isTrue();
        return agent.ifMatch(m).post(m + "/agenda/" + held.at("/agenda/0/id").asString() + "/decision", Map.of("mode", "CONSENSUS"))
                .json().at("/agenda/0/decision/outcome").asString();
    }

    private HttpTestClient.Response awaitDeliveries(String contractId, long expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> deliveries(contractId).json().path("totalItems").asLong() == expected);
        return deliveries(contractId);
    }

    private HttpTestClient.Response deliveries(String contractId) {
        return paca().get("/api/v1/notifications/deliveries?channel=LOG&subject=" + contractId);
    }

    private boolean outboxPublished(String contractId) throws SQLException {
        try (Connection db = stack.database(Service.CONTRACT);
                PreparedStatement query = db.prepareStatement(
                        "select count(*) > 0 and bool_and(published_at is not null) from outbox_event where message_key = ?")) {
            query.setString(1, contractId);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("outbox row for " + contractId).isTrue();
                return rs.getBoolean(1);
            }
        }
    }
}
