package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.ConsumerFactory;

import fr.cls.platform.audit.AuditCheckpoints;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.json.JsonMapper;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestTenants;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Each test acts for a tenant of its own, so that its chain holds only its own entries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class AuditTrailIntegrationTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate appJdbc;

    /** As the database owner: these tests inspect and tamper with rows past row-level security. */
    JdbcTemplate jdbc;

    @Autowired
    void ownerDatabase(javax.sql.DataSource dataSource, org.springframework.core.env.Environment environment) {
        jdbc = OwnerDatabase.jdbc(dataSource, environment);
    }

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    JsonMapper json;

    /** Who the requests act for; the one place to change when tenants come from tokens. */
    HttpTestClient as(String tenant) {
        return as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
    }

    static String newTenant() {
        return TestTenants.next();
    }

    @Test
    void creatingAContractWritesOneEntryWithTheActorTheActionTheResourceAndTheCorrelationId() {
        String tenant = newTenant();
        String id = as(tenant).with("X-Correlation-Id", "corr-audit-1")
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Gap")).json().get("id").asString();

        awaitSealed(tenant);
        HttpTestClient.Response listed = as(tenant).get("/api/v1/audit?action=contract.initiate");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("totalItems").asLong()).isEqualTo(1);
        JsonNode entry = listed.json().get("items").get(0);
        assertThat(entry.get("subject").asString()).isEqualTo("test-user");
        assertThat(entry.get("tenantId").asString()).isEqualTo(tenant);
        assertThat(entry.get("roles").toString()).contains("ARS_AGENT");
        assertThat(entry.get("action").asString()).isEqualTo("contract.initiate");
        assertThat(entry.get("resourceType").asString()).isEqualTo("contract");
        assertThat(entry.get("resourceId").asString()).isEqualTo(id);
        assertThat(entry.get("versionBefore").isNull()).isTrue();
        assertThat(entry.get("versionAfter").asLong()).isZero();
        assertThat(entry.get("correlationId").asString()).isEqualTo("corr-audit-1");
        assertThat(entry.get("hash").asString()).hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where resource_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void verifySaysValidForAnUntamperedChain() {
        String tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            initiate(tenant, "CLS " + i);
        }

        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();

        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isEqualTo(3);
        assertThat(verification.get("firstInvalidSeq").isNull()).isTrue();
        assertThat(verification.get("reason").isNull()).isTrue();
    }

    @Test
    void verifySaysInvalidAndNamesTheEntryWhoseContentWasAltered() {
        String tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            initiate(tenant, "CLS " + i);
        }
        awaitSealed(tenant);
        List<Long> seqs = jdbc.queryForList("select seq from audit_entry where tenant_id = ? order by seq", Long.class,
                tenant);
        asMaintenance("update audit_entry set action = 'x' where seq = " + seqs.get(1));

        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("entries").asLong()).isEqualTo(3);
        assertThat(verification.get("firstInvalidSeq").asLong()).isEqualTo(seqs.get(1));
        assertThat(verification.get("reason").asString()).contains(seqs.get(1).toString());
    }

    @Test
    void verifySaysInvalidWhenAnEntryWasDeleted() {
        String tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            initiate(tenant, "CLS " + i);
        }
        awaitSealed(tenant);
        List<Long> seqs = jdbc.queryForList("select seq from audit_entry where tenant_id = ? order by seq", Long.class,
                tenant);
        asMaintenance("delete from audit_entry where seq = " + seqs.get(1));

        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        // The deleted entry itself when a checkpoint named it, else the next one, which no longer links.
        assertThat(verification.get("firstInvalidSeq").asLong()).isIn(seqs.get(1), seqs.get(2));
    }

    @Test
    void theApplicationRoleMayNeitherUpdateNorDeleteNorTruncateEntries() {
        String tenant = newTenant();
        initiate(tenant, "CLS de Digne");

        TenantContext.callAs(tenant, () -> tx.execute(status -> {
            assertThatThrownBy(() -> appJdbc.update("update audit_entry set action = 'x'"))
                    .rootCause().hasMessageContaining("permission denied");
            return null;
        }));
        TenantContext.callAs(tenant, () -> tx.execute(status -> {
            assertThatThrownBy(() -> appJdbc.update("delete from audit_entry")).rootCause().hasMessageContaining("permission denied");
            return null;
        }));
        assertThatThrownBy(() -> appJdbc.execute("truncate audit_entry")).rootCause().hasMessageContaining("permission denied");
        assertThat(auditCount(tenant)).isEqualTo(1);
    }

    @Test
    void theTriggerRefusesUpdateDeleteAndTruncateEvenToTheOwnerOutsideTheMaintenanceRole() {
        String tenant = newTenant();
        initiate(tenant, "CLS de Riez");

        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'x' where tenant_id = ?", tenant))
                .rootCause().hasMessageContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where tenant_id = ?", tenant))
                .rootCause().hasMessageContaining("audit_entry is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("audit_entry is append-only: TRUNCATE refused");
        assertThat(auditCount(tenant)).isEqualTo(1);
    }

    @Test
    void entriesAreMacedWithTheDeploymentKeyAndNameIt() {
        String tenant = newTenant();
        initiate(tenant, "CLS de Barcelonnette");

        assertThat(jdbc.queryForObject("select key_id from audit_entry where tenant_id = ?", String.class, tenant))
                .isEqualTo("test");
        assertThat(as(tenant).get("/api/v1/audit").json().get("items").get(0).get("keyId").asString()).isEqualTo("test");
    }

    @Test
    void theChainHeadIsCheckpointedToKafkaAfterAWrite() {
        String tenant = newTenant();
        initiate(tenant, "CLS de Castellane");
        awaitSealed(tenant);
        Map<String, Object> head = jdbc.queryForMap(
                "select seq, hash from audit_entry where tenant_id = ? order by seq desc limit 1", tenant);

        JsonNode checkpoint = awaitCheckpoint(tenant, (Long) head.get("seq"));

        assertThat(checkpoint.get("tenantId").asString()).isEqualTo(tenant);
        assertThat(checkpoint.get("mac").asString()).isEqualTo(head.get("hash"));
        assertThat(checkpoint.get("keyId").asString()).isEqualTo("test");
        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checkpointStatus").asString()).isEqualTo("CHECKED");
    }

    @Test
    void verifyDetectsThatTheNewestEntriesWereDeletedAndNamesTheFirstMissingCheckpointedEntry() {
        String tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            initiate(tenant, "CLS " + i);
        }
        List<Long> seqs = jdbc.queryForList("select seq from audit_entry where tenant_id = ? order by seq", Long.class,
                tenant);
        awaitCheckpoint(tenant, seqs.get(2));

        asMaintenance("delete from audit_entry where seq >= " + seqs.get(1));

        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("entries").asLong()).isEqualTo(1);
        // The newest checkpoint names the third entry; a checkpoint of the job taken between the second and third
        // writes (a slow machine) names the second, which is then the first missing checkpointed entry.
        assertThat(verification.get("firstInvalidSeq").asLong()).isIn(seqs.get(1), seqs.get(2));
        assertThat(verification.get("reason").asString()).contains("missing");
    }

    @Test
    void verifyDetectsAChainRecomputedWithoutTheKeyAsTheOldUnkeyedHashes() throws Exception {
        String tenant = newTenant();
        for (int i = 0; i < 2; i++) {
            initiate(tenant, "CLS " + i);
        }
        List<Long> seqs = jdbc.queryForList("select seq from audit_entry where tenant_id = ? order by seq", Long.class,
                tenant);
        awaitCheckpoint(tenant, seqs.get(1));

        // Without the key, the best a rewrite can do is a chain of the unkeyed hashes written before the chain was keyed
        // (and before issuers were recorded): every link and hash then checks out, only the checkpoints tell.
        recomputeWithoutTheKey(tenant, "contract.nothing-happened");

        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstInvalidSeq").asLong()).isIn(seqs.get(0), seqs.get(1));
        assertThat(verification.get("reason").asString()).contains("recomputed");
    }

    @Test
    void concurrentWritesOfOneTenantKeepASingleValidChain() throws Exception {
        String tenant = newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String title = "CLS parallèle " + i;
                statuses.add(pool.submit(() -> as(tenant).post("/api/v1/contracts",
                        Map.of("kind", "CLS", "title", title)).status()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        JsonNode verification = as(tenant).get("/api/v1/audit/verify").json();

        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isEqualTo(16);
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from audit_entry where tenant_id = ?",
                Integer.class, tenant)).isEqualTo(16);
    }

    @Test
    void theCsvExportHasAHeaderAndOneLinePerEntry() {
        String tenant = newTenant();
        String first = initiate(tenant, "CLS de Digne, Manosque");
        String second = initiate(tenant, "CLS de Briançon");

        HttpTestClient.Response export = as(tenant).get("/api/v1/audit/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("seq,id,occurred_at,tenant_id,subject,roles,action,resource_type,resource_id,"
                + "version_before,version_after,correlation_id,key_id,previous_hash,hash,issuer");
        assertThat(lines[1]).contains("," + tenant + ",test-user,\"ARS_AGENT,ARS_APPROVER\",contract.initiate,contract," + first + ",,0,");
        assertThat(lines[2]).contains(second);
    }

    @Test
    void aCorrelationIdThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() {
        String tenant = newTenant();
        HttpTestClient.Response created = as(tenant).with("X-Correlation-Id", "-A1:A9")
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Gap"));
        assertThat(created.status()).isEqualTo(201);

        String[] lines = as(tenant).get("/api/v1/audit/export").body().split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",'-A1:A9,").doesNotContain(",-A1:A9,");
    }

    @Test
    void anotherTenantsAuditListDoesNotContainTheEntry() {
        String tenant = newTenant();
        String id = initiate(tenant, "CLS de Sisteron");

        JsonNode theirs = as(newTenant()).get("/api/v1/audit?size=200").json();
        JsonNode ours = as(tenant).get("/api/v1/audit").json();

        assertThat(theirs.get("items").findValuesAsString("resourceId")).doesNotContain(id);
        assertThat(theirs.get("totalItems").asLong()).isZero();
        assertThat(ours.get("items").findValuesAsString("resourceId")).containsExactly(id);
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() {
        String tenant = newTenant();
        int before = auditCount(tenant);

        HttpTestClient.Response refused = as(tenant).post("/api/v1/contracts",
                Map.of("kind", "CLS", "title", "CLS du futur", "letterOfIntentReceivedOn", "2999-01-01"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(auditCount(tenant)).isEqualTo(before);
    }

    @Test
    void onlyApproversAndOperatorsReadTheAuditTrail() {
        HttpTestClient agent = as(newTenant(), Roles.ARS_AGENT);

        assertThat(agent.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/audit/verify").status()).isEqualTo(403);
    }

    @Test
    void anEntryRecordedInATransactionThatRollsBackIsGone() {
        String tenant = newTenant();

        TenantContext.callAs(tenant, () -> tx.execute(status -> {
            auditTrail.record("contract.initiate", "contract", "rolled-back", null, 0L);
            assertThat(appJdbc.queryForObject("select count(*) from audit_entry", Integer.class))
                    .as("seen inside its own transaction").isEqualTo(1);
            status.setRollbackOnly();
            return null;
        }));

        assertThat(auditCount(tenant)).isZero();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantContext.callAs(newTenant(),
                () -> auditTrail.record("contract.initiate", "contract", "x", null, 0L)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theListFiltersByTimeAndAnswersProblemForABadInstant() {
        String tenant = newTenant();
        initiate(tenant, "CLS de Forcalquier");

        assertThat(as(tenant).get("/api/v1/audit?from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z").json()
                .get("totalItems").asLong()).isEqualTo(1);
        assertThat(as(tenant).get("/api/v1/audit?from=2999-01-01T00:00:00Z").json().get("totalItems").asLong())
                .isZero();

        HttpTestClient.Response bad = as(tenant).get("/api/v1/audit?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        HttpTestClient.Response badExport = as(tenant).get("/api/v1/audit/export?to=soon");
        assertThat(badExport.status()).isEqualTo(400);
        assertThat(badExport.contentType()).startsWith("application/problem+json");

        HttpTestClient.Response reversed = as(tenant).get("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
    }

    private String initiate(String tenant, String title) {
        HttpTestClient.Response created = as(tenant).post("/api/v1/contracts", Map.of("kind", "CLS", "title", title));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** What someone with database access does: the owner switches to the maintenance role, as the trigger demands. */
    private void asMaintenance(String sql) {
        jdbc.execute("set role cls_audit_maintenance; " + sql + "; reset role");
    }

    /** Rewrites the tenant's chain as the unkeyed SHA-256 chain of operations.md ({@code cls-audit-v1}), actions changed. */
    private void recomputeWithoutTheKey(String tenant, String action) throws Exception {
        String previous = "0".repeat(64);
        for (Map<String, Object> row : jdbc.queryForList("select * from audit_entry where tenant_id = ? order by seq", tenant)) {
            String canonical = "cls-audit-v1" + field(row.get("id")) + field(row.get("tenant_id")) + field(row.get("subject"))
                    + field(row.get("roles")) + field(action) + field(row.get("resource_type")) + field(row.get("resource_id"))
                    + field(row.get("version_before")) + field(row.get("version_after")) + field(row.get("correlation_id"))
                    + field(((java.sql.Timestamp) row.get("occurred_at")).toInstant());
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((previous + canonical).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            asMaintenance("update audit_entry set key_id = null, issuer = null, action = '" + action + "', previous_hash = '" + previous
                    + "', hash = '" + hash + "' where seq = " + row.get("seq"));
            previous = hash;
        }
    }

    private static String field(Object value) {
        if (value == null) {
            return "|~";
        }
        String text = value.toString();
        return "|" + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ":" + text;
    }

    private JsonNode awaitCheckpoint(String tenant, long seq) {
        try (TopicReader reader = new TopicReader(consumers, AuditCheckpoints.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.awaitMatching(record -> record.key().endsWith("/" + tenant)
                    && json.readTree(record.value()).get("seq").asLong() == seq);
            return json.readTree(records.get(0).value());
        }
    }

    /** Entries are linked into the chain just after their commit, by the sealer. */
    private void awaitSealed(String tenant) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where tenant_id = ? and hash is null", Integer.class, tenant) == 0);
    }

    private int auditCount(String tenant) {
        return jdbc.queryForObject("select count(*) from audit_entry where tenant_id = ?", Integer.class, tenant);
    }
}
