package fr.cls.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * Four eyes through the HTTP API: who filed or instructed a request does not decide it, who decided it does not sign
 * its convention, another approver does; a funder that relaxed the rule lets one person do it all, and the audit
 * trail says so. Each test funds on a throw-away tenant (its own scheme and contract), so relaxing one tenant's rule
 * touches no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class FourEyesIntegrationTest extends EventApiTestSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    static final int YEAR = TODAY.getYear();
    static final LocalDate START = LocalDate.of(YEAR, 1, 1);
    static final String[] APPROVER = {Roles.ARS_AGENT, Roles.ARS_APPROVER};

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    FundingFixtures fixtures;
    String tenant;
    HttpTestClient alice;
    HttpTestClient bob;
    HttpTestClient carol;
    UUID contract;

    @BeforeEach
    void fundingTenant() {
        fixtures = new FundingFixtures(kafka, codec, json, profiles, port);
        tenant = TestTenants.next();
        alice = fixtures.asPerson("alice", tenant, APPROVER);
        bob = fixtures.asPerson("bob", tenant, APPROVER);
        carol = fixtures.asPerson("carol", tenant, APPROVER);
        FundingFixtures.scheme(alice, "quatre-yeux");
        HttpTestClient.Response published = alice.post("/api/v1/funding/schemes/quatre-yeux/versions", Map.of(
                "name", "Appui aux CLS", "effectiveFrom", TODAY.toString(),
                "rules", List.of(Map.of("type", "contract-kinds", "kinds", List.of("CLS")),
                        Map.of("type", "cap-per-year", "amount", 15_000))));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        contract = fixtures.contract(tenant, "CLS", "CLS de " + tenant, "EPCI", 30_000, List.of("22"), List.of(),
                START, START.plusYears(5).minusDays(1), List.of());
    }

    @Test
    void theFilerCannotDecideTheRequest() {
        HttpTestClient.Response filed = file(alice);
        HttpTestClient.Response instructed = instruct(bob, filed);

        HttpTestClient.Response granted = decide(alice, instructed, grant());
        HttpTestClient.Response refused = decide(alice, instructed, Map.of("outcome", "REFUSED", "reasons", "hors priorités"));

        assertFourEyes(granted, "déposé");
        assertFourEyes(refused, "déposé");
        assertThat(decide(carol, instructed, grant()).status()).as("someone else may").isEqualTo(200);
    }

    @Test
    void theInstructorCannotDecideTheRequest() {
        HttpTestClient.Response instructed = instruct(bob, file(alice));

        assertFourEyes(decide(bob, instructed, grant()), "instruit");
    }

    @Test
    void theDeciderCannotSignTheConventionAnotherApproverCan() {
        HttpTestClient.Response granted = decide(carol, instruct(bob, file(alice)), grant());
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("decidedBy").asString()).isEqualTo("carol");
        HttpTestClient.Response convention = draft(bob, granted);
        String signature = "/api/v1/funding/conventions/" + convention.json().get("id").asString() + "/signature";

        assertFourEyes(carol.with("If-Match", convention.header("ETag")).post(signature, Map.of()), "décidé");
        HttpTestClient.Response signed = alice.with("If-Match", convention.header("ETag")).post(signature, Map.of());

        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.json().get("signedBy").asString()).isEqualTo("alice");
    }

    @Test
    void aTenantThatRelaxedTheRuleLetsOnePersonDoItAllAndTheAuditTrailShowsTheRelaxation() {
        assertThat(alice.get("/api/v1/funding/funder-rules").json().get("fourEyes").asBoolean()).as("strict by default").isTrue();
        HttpTestClient agent = fixtures.asPerson("dave", tenant, Roles.ARS_AGENT);
        assertThat(agent.ifMatch("/api/v1/funding/funder-rules").request("PUT", "/api/v1/funding/funder-rules", Map.of("fourEyes", false)).status()).as("agents may not")
                .isEqualTo(403);

        String strict = alice.get("/api/v1/funding/funder-rules").header("ETag");
        HttpTestClient.Response relaxed = alice.with("If-Match", strict).request("PUT", "/api/v1/funding/funder-rules", Map.of("fourEyes", false));
        assertThat(relaxed.status()).as(relaxed.body()).isEqualTo(200);
        assertThat(relaxed.header("ETag")).isNotEqualTo(strict);
        HttpTestClient.Response stale = alice.with("If-Match", strict).request("PUT", "/api/v1/funding/funder-rules", Map.of("fourEyes", true));
        assertThat(stale.status()).as("changed since it was read").isEqualTo(412);
        assertThat(alice.request("PUT", "/api/v1/funding/funder-rules", Map.of("fourEyes", true)).status()).as("no version").isEqualTo(428);
        assertThat(relaxed.json().get("fourEyes").asBoolean()).isFalse();
        assertThat(relaxed.json().get("updatedBy").asString()).isEqualTo("alice");

        HttpTestClient.Response granted = decide(alice, instruct(alice, file(alice)), grant());
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        HttpTestClient.Response convention = draft(alice, granted);
        HttpTestClient.Response signed = alice.with("If-Match", convention.header("ETag"))
                .post("/api/v1/funding/conventions/" + convention.json().get("id").asString() + "/signature", Map.of());
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);

        JsonNode audit = alice.get("/api/v1/audit?action=funding.four-eyes-relaxed").json();
        assertThat(audit.get("totalItems").asLong()).isEqualTo(1);
        assertThat(audit.at("/items/0/subject").asString()).isEqualTo("alice");
        assertThat(audit.at("/items/0/resourceId").asString()).isEqualTo(tenant);
    }

    @Test
    void aMissingSettingIsAProblemNamingTheField() {
        HttpTestClient.Response bad = alice.ifMatch("/api/v1/funding/funder-rules").request("PUT", "/api/v1/funding/funder-rules", Map.of());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("fourEyes");
    }

    private HttpTestClient.Response file(HttpTestClient filer) {
        HttpTestClient.Response filed = filer.post("/api/v1/funding/requests", Map.of("contractId", contract, "funder", tenant,
                "schemeCode", "quatre-yeux", "purpose", "ENGINEERING", "amountsByYear", Map.of(YEAR, 10_000),
                "ownShareByYear", Map.of(YEAR, 10_000)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed;
    }

    private static HttpTestClient.Response instruct(HttpTestClient instructor, HttpTestClient.Response filed) {
        HttpTestClient.Response instructed = instructor.with("If-Match", filed.header("ETag"))
                .post("/api/v1/funding/requests/" + filed.json().get("id").asString() + "/instruction", Map.of());
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        return instructed;
    }

    private static HttpTestClient.Response decide(HttpTestClient decider, HttpTestClient.Response instructed,
            Map<String, Object> decision) {
        return decider.with("If-Match", instructed.header("ETag"))
                .post("/api/v1/funding/requests/" + instructed.json().get("id").asString() + "/decision", decision);
    }

    private static HttpTestClient.Response draft(HttpTestClient agent, HttpTestClient.Response granted) {
        HttpTestClient.Response convention = agent.post("/api/v1/funding/requests/" + granted.json().get("id").asString()
                + "/convention", Map.of("beneficiary", "Communauté de communes", "validFrom", START.toString(),
                "validUntil", START.plusYears(1).minusDays(1).toString()));
        assertThat(convention.status()).as(convention.body()).isEqualTo(201);
        return convention;
    }

    private static Map<String, Object> grant() {
        return Map.of("outcome", "GRANTED", "amountsByYear", Map.of(YEAR, 10_000));
    }

    /** @param why in French, the language of an answer to a request without Accept-Language */
    private static void assertFourEyes(HttpTestClient.Response response, String why) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("violations").findValuesAsString("rule")).containsOnly("four-eyes");
        assertThat(response.json().get("detail").asString()).contains(why);
    }
}
