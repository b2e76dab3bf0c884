package fr.cls.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.AtOnce;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * ARS ARA's funding portal (a Stars FIR-like portal, client credentials with the INTEGRATION role) files dossiers,
 * follows them through the change feed, and is reconciled against its own status API (a real HTTP server here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class PortalIntegrationTest extends EventApiTestSupport {

    static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    static final LocalDate START = LocalDate.of(YEAR, 1, 1);
    /** What the portal's status API answers; null: the portal is down (500). */
    static final AtomicReference<String> PORTAL_VIEW = new AtomicReference<>("[]");
    static final HttpServer PORTAL = portal();

    @DynamicPropertySource
    static void portalUrl(DynamicPropertyRegistry registry) {
        registry.add("cls.funding.portal.status-urls.ars-ara", () -> "http://127.0.0.1:" + PORTAL.getAddress().getPort() + "/dossiers");
        registry.add("cls.funding.portal.timeout", () -> "1s");
    }

    @AfterAll
    static void stopPortal() {
        PORTAL.stop(0);
    }

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    /** As the database owner, past row-level security: to count what a refused or replayed call left behind. */
    JdbcTemplate owner;

    @Autowired
    void ownerDatabase(DataSource dataSource, Environment environment) {
        owner = OwnerDatabase.jdbc(dataSource, environment);
    }

    FundingFixtures fixtures;
    HttpTestClient portal;
    UUID vichy;

    @BeforeEach
    void contractWithItsConvention() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        portal = fixtures.as("ars-ara", Roles.INTEGRATION);
        vichy = fixtures.contract("ars-ara", "CLS", "CLS de Vichy Communauté", "EPCI", 83_990, List.of("03"), List.of("200071363"),
                START, START.plusYears(5).minusDays(1), List.of());
        fixtures.as("ars-ara", Roles.ARS_AGENT).post("/api/v1/funding/conventions", Map.of("contractId", vichy,
                "beneficiary", "Vichy Communauté", "validFrom", START.toString(), "validUntil", START.plusYears(5).minusDays(1).toString()));
    }

    @Test
    void aDossierFiledTwiceWithTheSameReferenceIsOneRequest() {
        String reference = "FIR-" + UUID.randomUUID();
        Map<String, Object> dossier = dossier(reference, 20_000, List.of(Map.of("name", "budget-previsionnel.pdf",
                "mediaType", "application/pdf", "sizeBytes", 48_213, "reference", "stars-fir://pj/77")));
        HttpTestClient.Response first = portal.post("/api/v1/integration/dossiers", dossier);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        HttpTestClient.Response again = portal.post("/api/v1/integration/dossiers", dossier);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("requestId").asString()).isEqualTo(first.json().get("requestId").asString());
        assertThat(again.json().get("attachments").findValuesAsString("name")).containsExactly("budget-previsionnel.pdf");
        assertThat(fixtures.as("ars-ara", Roles.ARS_AGENT).get("/api/v1/funding/contracts/" + vichy + "/requests").json())
                .hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyAndDossierReplayTheFirstAnswerAndFileOneRequest() {
        HttpTestClient retrying = portal.with("Idempotency-Key", "fir-" + UUID.randomUUID());
        Map<String, Object> dossier = dossier("FIR-" + UUID.randomUUID(), 20_000, List.of());

        HttpTestClient.Response first = retrying.post("/api/v1/integration/dossiers", dossier);
        HttpTestClient.Response retry = retrying.post("/api/v1/integration/dossiers", dossier);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        String id = first.json().get("requestId").asString();
        assertThat(requestsOfVichy()).containsExactly(id);
        assertThat(owner.queryForObject("select count(*) from outbox_event where message_key = ? and event_type = ?",
                Integer.class, id, FundingRequestSubmittedV1.TYPE)).isEqualTo(1);
        assertThat(owner.queryForObject("select count(*) from audit_entry where resource_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherDossierIsRefused422AndChangesNothing() {
        HttpTestClient retrying = portal.with("Idempotency-Key", "fir-" + UUID.randomUUID());
        String reference = "FIR-" + UUID.randomUUID();
        HttpTestClient.Response first = retrying.post("/api/v1/integration/dossiers", dossier(reference, 20_000, List.of()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        String other = "FIR-" + UUID.randomUUID();
        HttpTestClient.Response reused = retrying.post("/api/v1/integration/dossiers", dossier(other, 25_000, List.of()));
        HttpTestClient.Response sameReferenceOtherAmount = retrying.post("/api/v1/integration/dossiers",
                dossier(reference, 25_000, List.of()));

        for (HttpTestClient.Response refused : List.of(reused, sameReferenceOtherAmount)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("header").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(portal.get("/api/v1/integration/dossiers/" + other).status()).isEqualTo(404);
        JsonNode kept = portal.get("/api/v1/integration/dossiers/" + reference).json();
        assertThat(kept.at("/requested/" + YEAR).decimalValue()).isEqualByComparingTo("20000");
        assertThat(kept.get("version").asLong()).isZero();
        assertThat(requestsOfVichy()).containsExactly(first.json().get("requestId").asString());
    }

    @Test
    void twoIdempotencyKeysForOnePortalReferenceStillFileOneRequest() {
        Map<String, Object> dossier = dossier("FIR-" + UUID.randomUUID(), 20_000, List.of());

        HttpTestClient.Response first = portal.with("Idempotency-Key", "fir-" + UUID.randomUUID())
                .post("/api/v1/integration/dossiers", dossier);
        HttpTestClient.Response second = portal.with("Idempotency-Key", "fir-" + UUID.randomUUID())
                .post("/api/v1/integration/dossiers", dossier);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as("a new key, so not a replay: the reference finds the dossier").isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.json().get("requestId").asString()).isEqualTo(first.json().get("requestId").asString());
        assertThat(requestsOfVichy()).containsExactly(first.json().get("requestId").asString());
    }

    @Test
    void twoFilingsOfOneNewReferenceAtTheSameMomentGiveOneRequestAndBothTheSameAnswer() throws Exception {
        Map<String, Object> dossier = dossier("FIR-" + UUID.randomUUID(), 20_000, List.of());
        HttpTestClient firstPortal = portal.with("Idempotency-Key", "fir-" + UUID.randomUUID());
        HttpTestClient secondPortal = portal.with("Idempotency-Key", "fir-" + UUID.randomUUID());

        List<HttpTestClient.Response> answers = AtOnce.run(List.of(
                () -> firstPortal.post("/api/v1/integration/dossiers", dossier),
                () -> secondPortal.post("/api/v1/integration/dossiers", dossier)));
        HttpTestClient.Response one = answers.get(0);
        HttpTestClient.Response other = answers.get(1);

        assertThat(List.of(one.status(), other.status())).as(one.body() + " / " + other.body())
                .containsExactlyInAnyOrder(201, 200);
        assertThat(other.json().get("requestId").asString()).isEqualTo(one.json().get("requestId").asString());
        assertThat(requestsOfVichy()).containsExactly(one.json().get("requestId").asString());
    }

    @Test
    void theSameReferenceWithOtherContentIsRefused409NamingTheRuleAndChangesNothing() {
        String reference = "FIR-" + UUID.randomUUID();
        List<Map<String, Object>> budget = List.of(Map.of("name", "budget-previsionnel.pdf", "mediaType", "application/pdf",
                "sizeBytes", 48_213, "reference", "stars-fir://pj/77"));
        HttpTestClient.Response filed = portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, budget));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);

        HttpTestClient.Response otherAmount = portal.post("/api/v1/integration/dossiers", dossier(reference, 25_000, budget));
        assertThat(otherAmount.status()).as(otherAmount.body()).isEqualTo(409);
        assertThat(otherAmount.contentType()).startsWith("application/problem+json");
        assertThat(otherAmount.json().get("violations").findValuesAsString("rule")).containsExactly("portal-reference-unique");
        assertThat(otherAmount.json().at("/violations/0/message").asString()).contains(reference, "amountsByYear", "PUT")
                .doesNotContain("attachments");
        HttpTestClient.Response otherAttachments = portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, List.of()));
        assertThat(otherAttachments.status()).isEqualTo(409);
        assertThat(otherAttachments.json().at("/violations/0/message").asString()).contains("attachments")
                .doesNotContain("amountsByYear");

        JsonNode kept = portal.get("/api/v1/integration/dossiers/" + reference).json();
        assertThat(kept.at("/requested/" + YEAR).decimalValue()).isEqualByComparingTo("20000");
        assertThat(kept.get("version").asLong()).isZero();
        assertThat(kept.get("attachments").findValuesAsString("name")).containsExactly("budget-previsionnel.pdf");
        assertThat(requestsOfVichy()).containsExactly(filed.json().get("requestId").asString());

        // The same content, amounts written with other decimals, is the same dossier: a safe retry.
        Map<String, Object> sameInCents = new HashMap<>(dossier(reference, 20_000, budget));
        sameInCents.put("amountsByYear", Map.of(YEAR, new BigDecimal("20000.00")));
        HttpTestClient.Response again = portal.post("/api/v1/integration/dossiers", sameInCents);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("requestId").asString()).isEqualTo(filed.json().get("requestId").asString());

        // Once amended, the dossier as it now stands is what a second filing must match.
        HttpTestClient.Response amended = portal.with("If-Match", filed.header("ETag")).request("PUT",
                "/api/v1/integration/dossiers/" + reference, Map.of("amountsByYear", Map.of(YEAR, 25_000), "ownShareByYear",
                        Map.of(YEAR, 30_000)));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(portal.post("/api/v1/integration/dossiers", dossier(reference, 25_000, budget)).status()).isEqualTo(200);
        assertThat(portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, budget)).status()).isEqualTo(409);
    }

    @Test
    void aDossierIsFiledByThePortalsClientSoFourEyesLetTheFundersPeopleInstructAndDecideIt() {
        HttpTestClient.Response filed = portal.post("/api/v1/integration/dossiers", dossier("FIR-" + UUID.randomUUID(), 20_000, List.of()));
        String r = "/api/v1/funding/requests/" + filed.json().get("requestId").asString();
        HttpTestClient approver = fixtures.as("ars-ara", Roles.ARS_APPROVER);

        assertThat(approver.get(r).json().get("submittedBy").asString()).as("the portal's client, not a person")
                .isEqualTo("test-integration");
        String v = fixtures.as("ars-ara", Roles.ARS_AGENT).with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of())
                .header("ETag");
        HttpTestClient.Response decided = approver.with("If-Match", v).post(r + "/decision",
                Map.of("outcome", "REFUSED", "reasons", "hors priorités du PRS"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("decidedBy").asString()).isEqualTo("test-ars_approver");
    }

    @Test
    void thePortalFollowsItsDossierThroughTheChangeFeedInOrder() {
        String reference = "FIR-" + UUID.randomUUID();
        long start = portal.get("/api/v1/integration/changes?since=0&limit=500").json().get("nextCursor").asLong();
        HttpTestClient.Response filed = portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, List.of()));
        String r = "/api/v1/funding/requests/" + filed.json().get("requestId").asString();
        String v = fixtures.as("ars-ara", Roles.ARS_AGENT).with("If-Match", filed.header("ETag")).post(r + "/instruction", Map.of())
                .header("ETag");
        fixtures.as("ars-ara", Roles.ARS_APPROVER).with("If-Match", v).post(r + "/decision",
                Map.of("outcome", "REFUSED", "reasons", "Le plan d'action ne répond pas aux priorités du PRS"));

        JsonNode[] feed = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            feed[0] = portal.get("/api/v1/integration/changes?since=" + start).json();
            return feed[0].get("items").size() >= 3;
        });
        JsonNode items = feed[0].get("items");
        assertThat(items.findValuesAsString("portalReference")).containsOnly(reference);
        assertThat(items.findValuesAsString("status")).containsExactly("RECEIVED", "UNDER_INSTRUCTION", "REFUSED");
        List<Long> sequences = new java.util.ArrayList<>();
        items.forEach(item -> sequences.add(item.get("sequence").asLong()));
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        assertThat(items.get(2).at("/data/reasons/0").asString()).contains("priorités du PRS");
        long cursor = items.get(0).get("cursor").asLong();
        assertThat(portal.get("/api/v1/integration/changes?since=" + cursor).json().get("items").findValuesAsString("status"))
                .containsExactly("UNDER_INSTRUCTION", "REFUSED");
        assertThat(portal.get("/api/v1/integration/dossiers/" + reference).json().get("status").asString()).isEqualTo("REFUSED");
    }

    @Test
    void aDossierIsAmendedOrWithdrawnOnlyBeforeInstruction() {
        String reference = "FIR-" + UUID.randomUUID();
        HttpTestClient.Response filed = portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, List.of()));
        String d = "/api/v1/integration/dossiers/" + reference;
        HttpTestClient.Response tooMuch = portal.with("If-Match", filed.header("ETag")).request("PUT", d,
                Map.of("amountsByYear", Map.of(YEAR, 40_000), "ownShareByYear", Map.of(YEAR, 30_000)));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("violations").findValuesAsString("rule")).containsExactly("parity");
        HttpTestClient.Response amended = portal.with("If-Match", filed.header("ETag")).request("PUT", d,
                Map.of("amountsByYear", Map.of(YEAR, 25_000), "ownShareByYear", Map.of(YEAR, 30_000)));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().at("/requested/" + YEAR).decimalValue()).isEqualByComparingTo("25000");

        String r = "/api/v1/funding/requests/" + filed.json().get("requestId").asString();
        String v = fixtures.as("ars-ara", Roles.ARS_AGENT).with("If-Match", amended.header("ETag")).post(r + "/instruction", Map.of())
                .header("ETag");
        HttpTestClient.Response late = portal.with("If-Match", v).request("PUT", d, Map.of("amountsByYear", Map.of(YEAR, 20_000)));
        assertThat(late.json().get("violations").findValuesAsString("rule")).containsExactly("request-status");
        HttpTestClient.Response withdrawn = portal.with("If-Match", v).post(d + "/withdrawal", Map.of());
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void reconciliationFindsADivergedDossierAndReportsAPortalThatIsDown() {
        String reference = "FIR-" + UUID.randomUUID();
        portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> portal.get("/api/v1/integration/changes?since=0&limit=500").body()
                .contains(reference));
        // The portal lost track of our answer and knows a dossier we never received.
        PORTAL_VIEW.set("[{\"portalReference\":\"" + reference + "\",\"status\":\"DRAFT\",\"sequence\":0},"
                + "{\"portalReference\":\"FIR-GHOST\",\"status\":\"RECEIVED\",\"sequence\":1}]");
        JsonNode report = portal.post("/api/v1/integration/reconciliations", Map.of()).json();
        assertThat(report.get("outcome").asString()).isEqualTo("DIFFERENCES");
        assertThat(report.get("differences").findValuesAsString("kind")).contains("STATUS_DIFFERS", "UNKNOWN_HERE");
        JsonNode differs = null;
        for (JsonNode difference : report.get("differences")) {
            if (difference.get("portalReference").asString().equals(reference)) {
                differs = difference;
            }
        }
        assertThat(differs).isNotNull();
        assertThat(differs.get("ours").asString()).isEqualTo("RECEIVED");
        assertThat(differs.get("theirs").asString()).isEqualTo("DRAFT");

        PORTAL_VIEW.set(null);
        JsonNode down = portal.post("/api/v1/integration/reconciliations", Map.of()).json();
        assertThat(down.get("outcome").asString()).isEqualTo("PORTAL_UNAVAILABLE");
        // Why, in a fixed phrase ("HTTP 500", or the circuit this failure opened), never where the portal listens.
        assertThat(down.get("detail").asString()).doesNotContain(Integer.toString(PORTAL.getAddress().getPort()));
        assertThat(portal.get("/api/v1/integration/reconciliations/latest").json().get("id").asString())
                .isEqualTo(down.get("id").asString());
        PORTAL_VIEW.set("[]");
    }

    @Test
    void aPortalOfOneTenantNeitherReadsNorFilesForAnother() {
        String reference = "FIR-" + UUID.randomUUID();
        portal.post("/api/v1/integration/dossiers", dossier(reference, 20_000, List.of()));
        HttpTestClient bretagnePortal = fixtures.as("ars-bretagne", Roles.INTEGRATION);
        assertThat(bretagnePortal.get("/api/v1/integration/dossiers/" + reference).status()).isEqualTo(404);
        assertThat(bretagnePortal.post("/api/v1/integration/dossiers", dossier("FIR-" + UUID.randomUUID(), 20_000, List.of())).status())
                .isEqualTo(404);
        assertThat(bretagnePortal.get("/api/v1/integration/changes?since=0&limit=500").body()).doesNotContain(reference);
        assertThat(fixtures.as("ars-ara", Roles.ARS_AGENT).post("/api/v1/integration/dossiers",
                dossier("FIR-" + UUID.randomUUID(), 20_000, List.of())).status()).as("an agent is not a portal").isEqualTo(403);
    }

    @Test
    void aBadDossierComesBackWithFieldsAPortalCanShow() {
        HttpTestClient.Response missing = portal.post("/api/v1/integration/dossiers", Map.of("contractId", vichy));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).contains("portalReference", "schemeCode", "purpose",
                "amountsByYear");
        HttpTestClient.Response negative = portal.post("/api/v1/integration/dossiers", dossier("FIR-" + UUID.randomUUID(), -1, List.of()));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/errors/0/rule").asString()).isEqualTo("euros");
        assertThat(negative.json().at("/errors/0/field").asString()).startsWith("amountsByYear[");
    }

    /** Ids of the requests filed on this test's contract. */
    private List<String> requestsOfVichy() {
        return fixtures.as("ars-ara", Roles.ARS_AGENT).get("/api/v1/funding/contracts/" + vichy + "/requests").json()
                .findValuesAsString("id");
    }

    private Map<String, Object> dossier(String reference, int amount, List<Map<String, Object>> attachments) {
        return Map.of("portalReference", reference, "contractId", vichy, "schemeCode", "cls", "purpose", "COORDINATOR_POST",
                "amountsByYear", Map.of(YEAR, amount), "ownShareByYear", Map.of(YEAR, 30_000), "attachments", attachments);
    }

    private static HttpServer portal() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/dossiers", exchange -> {
                String view = PORTAL_VIEW.get();
                byte[] body = (view == null ? "{\"error\":\"down\"}" : view).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(view == null ? 500 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
