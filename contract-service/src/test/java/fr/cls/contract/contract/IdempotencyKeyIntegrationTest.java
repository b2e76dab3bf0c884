package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.platform.idempotency.IdempotentRequests;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestTenants;
import fr.cls.platform.test.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class IdempotencyKeyIntegrationTest extends ApiTestSupport {

    private static final String CONTRACTS = "/api/v1/contracts";

    @org.springframework.beans.factory.annotation.Value("${spring.datasource.username}")
    String appUser;

    /** As the database owner: these tests inspect and tamper with rows past row-level security. */
    JdbcTemplate jdbc;

    @Autowired
    void ownerDatabase(javax.sql.DataSource dataSource, org.springframework.core.env.Environment environment) {
        jdbc = OwnerDatabase.jdbc(dataSource, environment);
    }

    /** Who the requests act for; the one place to change when tenants come from tokens. */
    HttpTestClient as(String tenant) {
        return as(tenant, Roles.ARS_AGENT);
    }

    static String newTenant() {
        return TestTenants.next();
    }

    static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    static String body(String title) {
        return "{\"kind\":\"CLS\",\"title\":\"" + title + "\",\"letterOfIntentReceivedOn\":\"2016-02-01\"}";
    }

    @Test
    void theSameKeyAndBodyTwiceCreateOneContractAndReplayTheFirstResponse() {
        String tenant = newTenant();
        String key = newKey();
        HttpTestClient client = as(tenant).with("Idempotency-Key", key);

        HttpTestClient.Response first = client.post(CONTRACTS, body("CLS de Nice"));
        HttpTestClient.Response retry = client.post(CONTRACTS, body("CLS de Nice"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        String id = first.json().get("id").asString();
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isEqualTo(CONTRACTS + "/" + id);
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(contracts(tenant)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = ? and event_type = ?",
                Integer.class, id, ContractInitiatedV1.TYPE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where resource_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndCreatesNothing() {
        String tenant = newTenant();
        String key = newKey();
        HttpTestClient client = as(tenant).with("Idempotency-Key", key);
        assertThat(client.post(CONTRACTS, body("CLS d'Antibes")).status()).isEqualTo(201);

        HttpTestClient.Response reused = client.post(CONTRACTS, body("CLS de Grasse"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("header").asString()).isEqualTo("Idempotency-Key");
        assertThat(contracts(tenant)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from contract where title = 'CLS de Grasse'", Integer.class))
                .isZero();
    }

    @Test
    void anotherTenantsIdenticalKeyCreatesItsOwnContract() {
        String key = newKey();
        String paca = newTenant();
        String bretagne = newTenant();

        HttpTestClient.Response ours = as(paca).with("Idempotency-Key", key).post(CONTRACTS, body("CLS de Cannes"));
        HttpTestClient.Response theirs = as(bretagne).with("Idempotency-Key", key).post(CONTRACTS, body("CLS de Cannes"));

        assertThat(ours.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.json().get("id").asString()).isNotEqualTo(ours.json().get("id").asString());
        assertThat(theirs.json().get("ownerTenantId").asString()).isEqualTo(bretagne);
        assertThat(contracts(paca)).isEqualTo(1);
        assertThat(contracts(bretagne)).isEqualTo(1);
    }

    @Test
    void anInvalidKeyIsRefusedWith400NamingTheHeaderAndCreatesNothing() {
        String tenant = newTenant();

        HttpTestClient.Response spaces = as(tenant).with("Idempotency-Key", "not a key").post(CONTRACTS, body("CLS a"));
        HttpTestClient.Response tooLong = as(tenant).with("Idempotency-Key", "k".repeat(201)).post(CONTRACTS, body("CLS b"));

        for (HttpTestClient.Response refused : new HttpTestClient.Response[] {spaces, tooLong}) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).contains("Idempotency-Key");
            assertThat(refused.json().get("header").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(contracts(tenant)).isZero();
        assertThat(as(tenant).with("Idempotency-Key", "k".repeat(200)).post(CONTRACTS, body("CLS c")).status())
                .isEqualTo(201);
    }

    @Test
    void aRefusalIsStoredAndReplayedToo() {
        String tenant = newTenant();
        HttpTestClient client = as(tenant).with("Idempotency-Key", newKey());
        String future = "{\"kind\":\"CLS\",\"title\":\"CLS du futur\",\"letterOfIntentReceivedOn\":\"2999-01-01\"}";

        HttpTestClient.Response first = client.post(CONTRACTS, future);
        HttpTestClient.Response retry = client.post(CONTRACTS, future);

        assertThat(first.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aRequestStillInProgressWithTheSameKeyAnswers409() {
        String tenant = newTenant();
        String key = newKey();
        String body = body("CLS de Menton");
        jdbc.update("""
                insert into idempotent_request (tenant_id, issuer, subject, roles, method, path, idempotency_key,
                                                request_hash, status)
                values (?, ?, 'test-user', ?, 'POST', ?, ?, ?, 'IN_PROGRESS')""", tenant, TestIssuer.trusted().issuer(),
                Roles.ARS_AGENT, CONTRACTS, key,
                IdempotentRequests.fingerprint("POST", CONTRACTS, body.getBytes(StandardCharsets.UTF_8)));

        HttpTestClient.Response busy = as(tenant).with("Idempotency-Key", key).post(CONTRACTS, body);

        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.contentType()).startsWith("application/problem+json");
        assertThat(contracts(tenant)).isZero();
    }

    @Test
    void aClaimLeftInProgressByADeadInstanceIsTakenOverAfterTheTimeout() {
        String tenant = newTenant();
        String key = newKey();
        String body = body("CLS de Grasse");
        jdbc.update("""
                insert into idempotent_request (tenant_id, issuer, subject, roles, method, path, idempotency_key,
                                                request_hash, status, created_at)
                values (?, ?, 'test-user', ?, 'POST', ?, ?, ?, 'IN_PROGRESS', now() - interval '2 minutes')""", tenant,
                TestIssuer.trusted().issuer(), Roles.ARS_AGENT, CONTRACTS, key,
                IdempotentRequests.fingerprint("POST", CONTRACTS, body.getBytes(StandardCharsets.UTF_8)));

        HttpTestClient.Response retried = as(tenant).with("Idempotency-Key", key).post(CONTRACTS, body);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(contracts(tenant)).isEqualTo(1);
    }

    @Test
    void anExpiredKeyStartsANewRequest() {
        String tenant = newTenant();
        String key = newKey();
        jdbc.update("""
                insert into idempotent_request (tenant_id, issuer, subject, roles, method, path, idempotency_key,
                                                request_hash, status, response_status, response_body, created_at)
                values (?, ?, 'test-user', ?, 'POST', ?, ?, 'an-older-request', 'DONE', 201, '{}',
                        now() - interval '25 hours')""", tenant, TestIssuer.trusted().issuer(), Roles.ARS_AGENT, CONTRACTS, key);

        HttpTestClient.Response created = as(tenant).with("Idempotency-Key", key).post(CONTRACTS, body("CLS de Vence"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat(contracts(tenant)).isEqualTo(1);
    }

    @Test
    void aServerErrorReleasesTheKeySoThatTheRetryRunsAndNothingOfTheFailedAttemptRemains() {
        String tenant = newTenant();
        HttpTestClient client = as(tenant).with("Idempotency-Key", newKey());
        String title = "CLS qui échoue une fois " + UUID.randomUUID();
        // The service's own database role loses the right to insert for a moment: a genuine server error.
        jdbc.execute("revoke insert on table contract from " + appUser);
        HttpTestClient.Response failed;
        try {
            failed = client.post(CONTRACTS, body(title));
        } finally {
            jdbc.execute("grant insert on table contract to " + appUser);
        }

        assertThat(failed.status()).isEqualTo(500);
        assertThat(contracts(tenant)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ?", Integer.class, tenant))
                .isZero();

        HttpTestClient.Response retried = client.post(CONTRACTS, body(title));

        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(contracts(tenant)).isEqualTo(1);
    }

    @Test
    void requestsWithoutAKeyAreNotAffected() {
        String tenant = newTenant();

        as(tenant).post(CONTRACTS, body("CLS de Fréjus"));
        as(tenant).post(CONTRACTS, body("CLS de Fréjus"));

        assertThat(contracts(tenant)).isEqualTo(2);
    }

    private int contracts(String tenant) {
        return jdbc.queryForObject("select count(*) from contract where tenant_id = ?", Integer.class, tenant);
    }
}
