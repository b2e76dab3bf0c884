package fr.cls.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.testapp.Notes;
import fr.cls.platform.testapp.PlatformIntegrationTest;

/** Idempotency-Key: a retry is answered from the first answer, only for its caller and its body; no secret is kept. */
@PlatformIntegrationTest
class IdempotencyFilterIntegrationTest {

    private static final String TENANT = "ars-bretagne";

    @LocalServerPort
    int port;

    @Autowired
    Notes notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    IdempotentRequests requests;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerWithoutRunningTheHandlerAgain() {
        String key = UUID.randomUUID().toString();
        String text = "once " + UUID.randomUUID();
        HttpTestClient agent = as("test-user").with(IdempotencyFilter.HEADER, key);

        HttpTestClient.Response first = agent.post("/api/notes", Map.of("text", text));
        HttpTestClient.Response retry = agent.post("/api/notes", "{ \"text\" : \"" + text + "\" }");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void anotherPersonSendingTheSameKeyMakesARequestOfTheirOwn() {
        String key = UUID.randomUUID().toString();
        String text = "two people " + UUID.randomUUID();

        HttpTestClient.Response mine = as("test-user").with(IdempotencyFilter.HEADER, key).post("/api/notes", Map.of("text", text));
        HttpTestClient.Response theirs = as("another-user").with(IdempotencyFilter.HEADER, key).post("/api/notes", Map.of("text", text));

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(theirs.json().get("id")).isNotEqualTo(mine.json().get("id"));
        assertThat(notesWithText(text)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWithoutRunningTheHandler() {
        String key = UUID.randomUUID().toString();
        String text = "first body " + UUID.randomUUID();
        HttpTestClient agent = as("test-user").with(IdempotencyFilter.HEADER, key);
        agent.post("/api/notes", Map.of("text", text));

        HttpTestClient.Response reused = agent.post("/api/notes", Map.of("text", "another body " + UUID.randomUUID()));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).contains("problem+json");
        assertThat(reused.json().get("header").asString()).isEqualTo(IdempotencyFilter.HEADER);
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void aSecretInTheAnswerIsNeitherStoredNorReplayed() {
        String key = UUID.randomUUID().toString();
        HttpTestClient agent = as("test-user").with(IdempotencyFilter.HEADER, key);

        HttpTestClient.Response first = agent.post("/api/secret-notes", Map.of("text", "secret " + key));
        HttpTestClient.Response retry = agent.post("/api/secret-notes", Map.of("text", "secret " + key));

        String secret = first.json().get("secret").asString();
        assertThat(secret).startsWith("secret-");
        assertThat(storedAnswers(key)).singleElement().asString().doesNotContain(secret).contains(first.json().get("id").asString());
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.json().has("secret")).isFalse();
    }

    @Test
    void theHandlersCommitMarksTheClaimInTheSameTransactionAndARollbackLeavesItInProgress() {
        IdempotencyScope scope = new IdempotencyScope(TENANT, "issuer", "marker-test", "ARS_AGENT", "POST", "/api/notes");
        String committedKey = UUID.randomUUID().toString();
        String rolledBackKey = UUID.randomUUID().toString();

        TenantContext.runAs(TENANT, () -> {
            runClaimed(scope, committedKey, () -> tx.executeWithoutResult(
                    status -> notes.insert(UUID.randomUUID(), TENANT, "marked " + committedKey)));
            runClaimed(scope, rolledBackKey, () -> tx.executeWithoutResult(status -> {
                notes.insert(UUID.randomUUID(), TENANT, "rolled back " + rolledBackKey);
                status.setRollbackOnly();
            }));
        });

        assertThat(status(committedKey)).isEqualTo("COMMITTED");
        assertThat(status(rolledBackKey)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aClaimWhoseInstanceDiedAfterCommittingIsNeverTakenOverButAnUncommittedOneIs() {
        IdempotentRequests shortClaims = new IdempotentRequests(jdbc, transactionManager,
                new IdempotencyProperties(null, null, Duration.ofMillis(200)), java.time.Clock.systemUTC());
        IdempotencyScope scope = new IdempotencyScope(TENANT, "issuer", "takeover-test", "ARS_AGENT", "POST", "/api/notes");
        String committedKey = UUID.randomUUID().toString();
        String uncommittedKey = UUID.randomUUID().toString();

        TenantContext.runAs(TENANT, () -> {
            // Both instances "die" after these steps: neither stores an answer.
            assertThat(shortClaims.claim(scope, committedKey, "hash", null)).isEmpty();
            ClaimedKey claimed = ClaimedKey.open(scope, committedKey);
            try {
                tx.executeWithoutResult(status -> notes.insert(UUID.randomUUID(), TENANT, "died after commit"));
            } finally {
                claimed.close();
            }
            assertThat(shortClaims.claim(scope, uncommittedKey, "hash", null)).isEmpty();
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> TenantContext.runAs(TENANT, () -> {
            Optional<IdempotentRequests.Stored> retryOfCommitted = shortClaims.claim(scope, committedKey, "hash", null);
            assertThat(retryOfCommitted).hasValueSatisfying(stored -> assertThat(stored.answerLost()).isTrue());
        }));

        TenantContext.runAs(TENANT, () -> assertThat(shortClaims.claim(scope, uncommittedKey, "hash", null))
                .as("an uncommitted claim past its time-out is taken over: the retry runs").isEmpty());
    }

    @Test
    void aRetryOfARequestCommittedWhoseAnswerWasLostIsAnswered410WithItsChangesAndDoesNotRunAgain() {
        String key = UUID.randomUUID().toString();
        String text = "answer lost " + UUID.randomUUID();
        HttpTestClient agent = as("test-user").with(IdempotencyFilter.HEADER, key);
        HttpTestClient.Response first = agent.with("X-Correlation-Id", "lost-" + key).post("/api/audited-notes", Map.of("text", text));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        // What an instance killed between its commit and its answer leaves: the mark, no answer, older than the time-out.
        TenantContext.runAs(TENANT, () -> tx.executeWithoutResult(status -> jdbc.update("""
                update idempotent_request set status = 'COMMITTED', response_status = null, response_body = null,
                       location = null, committed_at = now() - interval '2 minutes' where idempotency_key = ?""", key)));

        HttpTestClient.Response retry = agent.post("/api/audited-notes", Map.of("text", text));

        assertThat(retry.status()).as(retry.body()).isEqualTo(410);
        assertThat(retry.contentType()).contains("problem+json");
        assertThat(retry.json().get("type").asString()).endsWith("#idempotency-answer-lost");
        assertThat(retry.json().get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("action").asString()).isEqualTo("note.create");
            assertThat(change.get("resourceId").asString()).isEqualTo(first.json().get("id").asString());
        });
        assertThat(notesWithText(text)).as("the handler did not run again").isEqualTo(1);
    }

    private void runClaimed(IdempotencyScope scope, String key, Runnable handler) {
        assertThat(requests.claim(scope, key, "hash", null)).isEmpty();
        ClaimedKey claimed = ClaimedKey.open(scope, key);
        try {
            handler.run();
        } finally {
            claimed.close();
        }
    }

    private String status(String key) {
        return TenantContext.callAs(TENANT, () -> tx.execute(status -> jdbc.queryForObject(
                "select status from idempotent_request where idempotency_key = ?", String.class, key)));
    }

    private HttpTestClient as(String subject) {
        String token = TestIssuer.trusted().token(claims -> claims.subject(subject).claim("tenant", TENANT)
                .claim("roles", List.of(Roles.ARS_AGENT)));
        return new HttpTestClient("http://localhost:" + port).with("Authorization", "Bearer " + token);
    }

    private int notesWithText(String text) {
        return TenantContext.callAs(TENANT, () -> notes.countWithText(text));
    }

    private List<String> storedAnswers(String key) {
        return TenantContext.callAs(TENANT, () -> tx.execute(status -> jdbc.queryForList(
                "select response_body from idempotent_request where idempotency_key = ?", String.class, key)));
    }
}
