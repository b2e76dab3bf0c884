package fr.cls.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.testapp.PlatformIntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Entries are written unsealed, without waiting for each other, and linked by the sealer: one unbroken chain per
 * tenant whatever the concurrency, the commit order or the number of sealing instances. Each test uses a tenant of its
 * own (row-level security keeps the others' entries out of its chain).
 */
@PlatformIntegrationTest
class AuditSealerIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditKeys keys;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate appJdbc;

    JdbcTemplate owner;

    @Autowired
    void ownerDatabase(DataSource dataSource, Environment environment) {
        owner = OwnerDatabase.jdbc(dataSource, environment);
    }

    @Test
    void concurrentAppendsOfOneTenantAreAllSealedInOneUnbrokenChain() throws Exception {
        String tenant = newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String resource = "note-" + i;
                writes.add(pool.submit(() -> record(tenant, resource)));
            }
            for (Future<?> write : writes) {
                write.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }

        awaitSealed(tenant, 40);

        assertThat(verify(tenant)).satisfies(verification -> {
            assertThat(verification.valid()).isTrue();
            assertThat(verification.entries()).isEqualTo(40);
            assertThat(verification.unsealed()).isZero();
        });
        assertThat(owner.queryForList("select chain_position from audit_entry where tenant_id = ? order by chain_position",
                Long.class, tenant)).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(owner.queryForObject("select count(distinct previous_hash) from audit_entry where tenant_id = ?",
                Integer.class, tenant)).isEqualTo(40);
    }

    @Test
    void anEntryAlteredAfterSealingIsDetected() {
        String tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            record(tenant, "note-" + i);
        }
        TenantContext.runAs(tenant, () -> sealer.sealNow(tenant));
        long second = owner.queryForObject("select seq from audit_entry where tenant_id = ? and chain_position = 2",
                Long.class, tenant);

        owner.execute("set role cls_audit_maintenance; update audit_entry set resource_id = 'note-x' where seq = " + second
                + "; reset role");

        ChainVerification verification = verify(tenant);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidSeq()).isEqualTo(second);
        assertThat(verification.reason()).contains("altered");
    }

    @Test
    void sealersOfTwoInstancesProduceOneChain() throws Exception {
        String tenant = newTenant();
        AuditSealer otherInstance = new AuditSealer(appJdbc, transactions, keys, checkpoints, List::of, Clock.systemUTC(),
                Duration.ofMillis(200), Duration.ofMinutes(1), 7, new SimpleMeterRegistry());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sealing = new ArrayList<>();
            for (AuditSealer instance : List.of(sealer, otherInstance)) {
                sealing.add(pool.submit(() -> {
                    while (writing.get()) {
                        instance.seal(tenant, false);
                    }
                }));
            }
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String resource = "note-" + i;
                writes.add(pool.submit(() -> record(tenant, resource)));
            }
            for (Future<?> write : writes) {
                write.get(1, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> instance : sealing) {
                instance.get(1, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        otherInstance.seal(tenant, true);

        assertThat(owner.queryForObject("select count(*) from audit_entry where tenant_id = ? and hash is null",
                Integer.class, tenant)).isZero();
        assertThat(owner.queryForObject("select count(distinct chain_position) from audit_entry where tenant_id = ?",
                Integer.class, tenant)).isEqualTo(30);
        ChainVerification verification = verify(tenant);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(30);
    }

    @Test
    void entriesCommittedOutOfSeqOrderStillChain() throws Exception {
        String tenant = newTenant();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Long> slow = pool.submit(() -> TenantContext.callAs(tenant, () -> tx.execute(status -> {
                long seq = trail.record("note.add", "note", "slow", null, 0L).seq();
                recorded.countDown();
                await().until(() -> commit.await(0, TimeUnit.SECONDS));
                return seq;
            })));
            recorded.await(1, TimeUnit.MINUTES);
            long fast = record(tenant, "fast");
            awaitSealed(tenant, 1);
            commit.countDown();
            long slowSeq = slow.get(1, TimeUnit.MINUTES);
            awaitSealed(tenant, 2);

            assertThat(slowSeq).isLessThan(fast);
            assertThat(position(fast)).isEqualTo(1);
            assertThat(position(slowSeq)).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        ChainVerification verification = verify(tenant);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(2);
    }

    @Test
    void anEntryWrittenWithoutTheKeyIsNeverSealedAndMakesTheChainInvalidOnceOverdue() {
        String tenant = newTenant();
        record(tenant, "genuine");
        owner.update("""
                insert into audit_entry (id, tenant_id, subject, issuer, roles, action, resource_type, resource_id,
                                         correlation_id, occurred_at, key_id, entry_mac)
                values (?, ?, 'intruder', '', '', 'note.add', 'note', 'forged', 'c', now() - interval '1 hour', 'test', ?)""",
                UUID.randomUUID(), tenant, "0".repeat(64));

        ChainVerification verification = verify(tenant);

        assertThat(verification.entries()).isEqualTo(1);
        assertThat(verification.unsealed()).isEqualTo(1);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).contains("never sealed");
    }

    @Test
    void aSealedEntryCannotBeSealedAgainNorItsContentChangedWhileSealing() {
        String tenant = newTenant();
        long seq = record(tenant, "once");
        TenantContext.runAs(tenant, () -> sealer.sealNow(tenant));

        TenantContext.runAs(tenant, () -> tx.execute(status -> {
            assertThatThrownBy(() -> appJdbc.update("update audit_entry set hash = ?, chain_position = 9 where seq = ?",
                    "f".repeat(64), seq)).rootCause().hasMessageContaining("append-only");
            return null;
        }));
        long unsealed = record(tenant, "not yet");
        assertThatThrownBy(() -> owner.update("update audit_entry set previous_hash = ?, hash = ?, chain_position = 2,"
                + " sealed_at = now(), resource_id = 'other' where seq = ?", "0".repeat(64), "f".repeat(64), unsealed))
                .rootCause().hasMessageContaining("append-only");
    }

    private long record(String tenant, String resource) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> trail.record("note.add", "note", resource, null, 0L)))
                .seq();
    }

    private ChainVerification verify(String tenant) {
        return TenantContext.callAs(tenant, trail::verify);
    }

    private void awaitSealed(String tenant, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> owner.queryForObject(
                "select count(*) from audit_entry where tenant_id = ? and hash is not null", Integer.class, tenant) == count);
    }

    private Long position(long seq) {
        return owner.queryForObject("select chain_position from audit_entry where seq = ?", Long.class, seq);
    }

    private static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
