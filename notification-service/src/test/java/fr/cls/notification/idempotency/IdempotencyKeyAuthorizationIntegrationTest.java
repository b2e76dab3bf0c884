package fr.cls.notification.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;

/**
 * An Idempotency-Key answer is replayed only to the caller it was given to: another person, or the same person
 * with other roles, makes a new request that is authorized afresh; answers carrying a webhook secret are stored
 * and replayed without it; the stored answers are tenant rows under row-level security.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class IdempotencyKeyAuthorizationIntegrationTest extends ApiTestSupport {

    static final String WEBHOOKS = "/api/v1/notifications/webhooks";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aGovernanceMemberReplayingAnApproversKeyGets403NotTheStoredAnswer() {
        String tenant = TestTenants.next();
        String key = UUID.randomUUID().toString();
        HttpTestClient.Response created = asPerson(tenant, "someone", Roles.ARS_APPROVER).with("Idempotency-Key", key)
                .post(WEBHOOKS, endpoint("https://receiver.example.org/a"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        // The same subject with the member's role only: the stored 201 must not come back.
        HttpTestClient.Response replayed = asPerson(tenant, "someone", Roles.GOVERNANCE_MEMBER).with("Idempotency-Key", key)
                .post(WEBHOOKS, endpoint("https://receiver.example.org/a"));

        assertThat(replayed.status()).isEqualTo(403);
        assertThat(replayed.header("Idempotent-Replayed")).isNull();
        assertThat(replayed.body()).doesNotContain(created.json().get("id").asString());
    }

    @Test
    void anotherSubjectOfTheSameTenantWithTheSameKeyMakesADifferentRequest() {
        String tenant = TestTenants.next();
        String key = UUID.randomUUID().toString();
        String body = endpoint("https://receiver.example.org/b");

        HttpTestClient.Response first = asPerson(tenant, "approver-1", Roles.ARS_APPROVER).with("Idempotency-Key", key).post(WEBHOOKS, body);
        HttpTestClient.Response second = asPerson(tenant, "approver-2", Roles.ARS_APPROVER).with("Idempotency-Key", key).post(WEBHOOKS, body);
        HttpTestClient.Response retryOfFirst = asPerson(tenant, "approver-1", Roles.ARS_APPROVER).with("Idempotency-Key", key).post(WEBHOOKS, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
        assertThat(retryOfFirst.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retryOfFirst.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    @Test
    void aSecretBearingAnswerIsStoredWithoutItsSecretAndReplayedWithoutIt() {
        String tenant = TestTenants.next();
        String key = UUID.randomUUID().toString();
        String body = endpoint("https://receiver.example.org/c");
        HttpTestClient approver = asPerson(tenant, "someone", Roles.ARS_APPROVER).with("Idempotency-Key", key);

        HttpTestClient.Response created = approver.post(WEBHOOKS, body);
        String secret = created.json().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(storedAnswers(tenant)).hasSize(1).allSatisfy(stored -> assertThat(stored).doesNotContain(secret)
                .doesNotContain("\"secret\"").contains(created.json().get("id").asString()));

        HttpTestClient.Response replayed = approver.post(WEBHOOKS, body);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.header("Location")).isEqualTo(created.header("Location"));
        assertThat(replayed.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
        assertThat(replayed.json().has("secret")).isFalse();
        assertThat(replayed.body()).doesNotContain(secret);

        String rotation = WEBHOOKS + "/" + created.json().get("id").asString() + "/secret-rotation";
        HttpTestClient rotating = asPerson(tenant, "someone", Roles.ARS_APPROVER).with("Idempotency-Key", UUID.randomUUID().toString())
                .ifMatch(WEBHOOKS + "/" + created.json().get("id").asString());
        HttpTestClient.Response rotated = rotating.post(rotation, "{\"previousSecretValidHours\":0}");
        String newSecret = rotated.json().get("secret").asString();
        assertThat(storedAnswers(tenant)).hasSize(2).noneMatch(stored -> stored.contains(newSecret));
        HttpTestClient.Response rotationReplayed = rotating.post(rotation, "{\"previousSecretValidHours\":0}");
        assertThat(rotationReplayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rotationReplayed.json().has("secret")).isFalse();
    }

    @Test
    void theSameObjectWithFieldsInAnotherOrderAndOtherWhitespaceIsReplayed() {
        String tenant = TestTenants.next();
        HttpTestClient approver = asPerson(tenant, "someone", Roles.ARS_APPROVER).with("Idempotency-Key", UUID.randomUUID().toString());

        HttpTestClient.Response first = approver.post(WEBHOOKS,
                "{\"url\":\"https://receiver.example.org/d\",\"eventTypes\":[\"cls.contract.*\"],\"description\":\"d\"}");
        HttpTestClient.Response reordered = approver.post(WEBHOOKS, """
                {
                  "description" : "d",
                  "eventTypes" : [ "cls.contract.*" ],
                  "url" : "https://receiver.example.org/d"
                }""");
        HttpTestClient.Response different = approver.post(WEBHOOKS,
                "{\"url\":\"https://receiver.example.org/d\",\"eventTypes\":[\"cls.funding.*\"],\"description\":\"d\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(reordered.status()).isEqualTo(201);
        assertThat(reordered.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reordered.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(different.status()).isEqualTo(422);
    }

    @Test
    void storedAnswersAreInvisibleToAnotherTenantAndCannotBeWrittenForOneAsTheApplicationRole() {
        String owner = TestTenants.next();
        String other = TestTenants.next();
        String key = UUID.randomUUID().toString();
        TenantContext.callAs(owner, () -> tx.execute(s -> jdbc.update("""
                insert into idempotent_request (tenant_id, issuer, subject, roles, method, path, idempotency_key,
                                                request_hash, status)
                values (?, 'iss', 'sub', 'ARS_APPROVER', 'POST', '/x', ?, 'h', 'IN_PROGRESS')""", owner, key)));

        assertThat(TenantContext.callAs(other, () -> count(key))).isZero();
        assertThat(count(key)).as("no tenant set").isZero();
        assertThat(TenantContext.callAs(owner, () -> count(key))).isEqualTo(1);
        assertThatThrownBy(() -> TenantContext.callAs(other, () -> tx.execute(s -> jdbc.update("""
                insert into idempotent_request (tenant_id, issuer, subject, roles, method, path, idempotency_key,
                                                request_hash, status)
                values (?, 'iss', 'sub', 'ARS_APPROVER', 'POST', '/x', ?, 'h', 'IN_PROGRESS')""", owner, key + "-2"))))
                .rootCause().hasMessageContaining("row-level security");
        assertThat(jdbc.queryForObject("select current_user", String.class)).as("the application role").isNotEqualTo("postgres");
    }

    private Integer count(String key) {
        return tx.execute(s -> jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?",
                Integer.class, key));
    }

    private List<String> storedAnswers(String tenant) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.queryForList(
                "select response_body from idempotent_request where tenant_id = ? order by created_at", String.class, tenant)));
    }

    private static String endpoint(String url) {
        return "{\"url\":\"" + url + "\",\"eventTypes\":[\"cls.contract.*\"]}";
    }
}
