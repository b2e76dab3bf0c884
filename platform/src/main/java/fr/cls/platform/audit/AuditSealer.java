package fr.cls.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Links committed audit entries into their tenant's chain, in batches, off the requests' transactions. One sealer per
 * tenant at a time across instances: a sealing transaction first takes the tenant's advisory lock (a busy tenant is
 * retried at the next tick), then reads the chain's head and the unsealed entries in seq order, checks each entry's own
 * MAC and gives it its link, MAC and chain position — positions are given here, so the order in which transactions
 * committed does not matter. Woken after each commit that wrote an entry; every {@code interval} it seals the tenants
 * still pending, and every {@code sweepInterval} every tenant of the directory (entries of an instance that stopped
 * before sealing them). After each sealing commit the new head is noted for the checkpoints.
 * <p>
 * Metrics: {@code cls.audit.unsealed.oldest.age.seconds} (seconds, gauge: the oldest entry left unsealed at the last sweep,
 * 0 when none), {@code cls.audit.sealed} (counter) and {@code cls.audit.seal.refused} (counter: entries whose own MAC
 * does not hold, never sealed).
 */
public class AuditSealer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended('cls-audit-seal/' || ?, 0))";
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended('cls-audit-seal/' || ?, 0)) is null";
    private static final String COLUMNS = """
            seq, id, tenant_id, subject, issuer, roles, action, resource_type, resource_id, version_before, version_after,
            correlation_id, occurred_at, key_id, entry_mac""";

    private record Head(long position, String hash) {
    }

    private record Unsealed(AuditEntry entry, String entryMac) {
    }

    /** @param sealed how many entries this transaction linked; head: the last, null when none */
    private record Batch(int read, int sealed, long headSeq, String headKeyId, String headMac) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;
    private final Supplier<Collection<String>> tenants;
    private final Clock clock;
    private final Duration interval;
    private final Duration sweepInterval;
    private final int batchSize;
    private final MeterRegistry meters;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong oldestUnsealedSeconds = new AtomicLong();
    private volatile Thread worker;

    AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys, AuditCheckpoints checkpoints,
            Supplier<Collection<String>> tenants, Clock clock, Duration interval, Duration sweepInterval, int batchSize,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.tenants = tenants;
        this.clock = clock;
        this.interval = interval;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.meters = meters;
        meters.gauge("cls.audit.unsealed.oldest.age.seconds", oldestUnsealedSeconds);
    }

    /** An entry of the tenant has committed: seal it soon (called after the commit, never under a lock). */
    void wake(String tenant) {
        pending.add(tenant);
        signal.release();
    }

    /**
     * Seals every committed unsealed entry of the tenant now, waiting for another sealer of the tenant to finish
     * rather than skipping: what committed before the call is sealed when it returns (unless its own MAC is wrong).
     */
    void sealNow(String tenant) {
        seal(tenant, true);
    }

    /** @return false when another sealer held the tenant's lock (it will be retried) */
    boolean seal(String tenant, boolean wait) {
        while (true) {
            Batch batch = TenantContext.callAs(tenant, () -> tx.execute(status -> sealBatch(tenant, wait)));
            if (batch == null) {
                return false;
            }
            if (batch.sealed() > 0) {
                checkpoints.noteHead(tenant, batch.headSeq(), batch.headKeyId(), batch.headMac());
                meters.counter("cls.audit.sealed").increment(batch.sealed());
            }
            // A full batch of refused entries would come back unchanged: stop (the backlog alert tells).
            if (batch.read() < batchSize || batch.sealed() == 0) {
                return true;
            }
        }
    }

    private Batch sealBatch(String tenant, boolean wait) {
        if (wait) {
            jdbc.queryForObject(LOCK, Boolean.class, tenant);
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject(TRY_LOCK, Boolean.class, tenant))) {
            return null;
        }
        List<Unsealed> unsealed = jdbc.query("select " + COLUMNS + " from audit_entry where tenant_id = ? and hash is null"
                + " order by seq limit ?", (rs, row) -> new Unsealed(map(rs), rs.getString("entry_mac")), tenant, batchSize);
        if (unsealed.isEmpty()) {
            return new Batch(0, 0, 0, null, null);
        }
        Head head = jdbc.query("""
                select coalesce(chain_position, seq), hash from audit_entry
                where tenant_id = ? and hash is not null order by coalesce(chain_position, seq) desc limit 1""",
                (ResultSetExtractor<Head>) rs -> rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditHash.GENESIS),
                tenant);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> seals = new ArrayList<>();
        long position = head.position();
        String previous = head.hash();
        AuditEntry last = null;
        for (Unsealed candidate : unsealed) {
            AuditEntry entry = candidate.entry();
            Optional<AuditKeys.Key> key = entry.keyId() == null ? Optional.empty() : keys.byId(entry.keyId());
            if (key.isEmpty() || !AuditHash.entryMac(key.get(), entry).equals(candidate.entryMac())) {
                if (refused.add(entry.seq())) {
                    meters.counter("cls.audit.seal.refused").increment();
                    log.error("audit entry {} of tenant {} not sealed: its own MAC does not hold (key {}); it was not "
                            + "written by this deployment", entry.seq(), tenant, entry.keyId());
                }
                continue;
            }
            String mac = AuditHash.mac(key.get(), previous, entry);
            seals.add(new Object[] {previous, mac, ++position, now, entry.seq()});
            previous = mac;
            last = entry;
        }
        if (seals.isEmpty()) {
            return new Batch(unsealed.size(), 0, 0, null, null);
        }
        int[] updated = jdbc.batchUpdate("""
                update audit_entry set previous_hash = ?, hash = ?, chain_position = ?, sealed_at = ?
                where seq = ? and hash is null""", seals);
        for (int count : updated) {
            if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("audit entry sealed by someone else while tenant " + tenant + " was locked");
            }
        }
        return new Batch(unsealed.size(), seals.size(), last.seq(), last.keyId(), previous);
    }

    /** The age of the oldest entry of the tenant that is still unsealed; zero when none. */
    Duration oldestUnsealedAge(String tenant) {
        Instant oldest = TenantContext.callAs(tenant, () -> tx.execute(status -> jdbc.query(
                "select min(occurred_at) from audit_entry where tenant_id = ? and hash is null",
                (ResultSetExtractor<Instant>) rs -> rs.next() && rs.getObject(1) != null
                        ? rs.getObject(1, OffsetDateTime.class).toInstant() : null, tenant)));
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
    }

    private void loop() {
        long nextSweep = System.nanoTime();
        while (worker == Thread.currentThread()) {
            try {
                signal.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            boolean sweep = System.nanoTime() - nextSweep >= 0;
            if (sweep) {
                pending.addAll(tenants.get());
                nextSweep = System.nanoTime() + sweepInterval.toNanos();
            }
            for (String tenant : List.copyOf(pending)) {
                pending.remove(tenant);
                try {
                    if (!seal(tenant, false)) {
                        pending.add(tenant);
                    }
                } catch (RuntimeException e) {
                    pending.add(tenant);
                    log.warn("audit entries of tenant {} not sealed, will retry: {}", tenant, e.toString());
                }
            }
            if (sweep) {
                measureBacklog();
            }
        }
    }

    private void measureBacklog() {
        long oldest = 0;
        for (String tenant : tenants.get()) {
            try {
                oldest = Math.max(oldest, oldestUnsealedAge(tenant).toSeconds());
            } catch (RuntimeException e) {
                log.warn("audit backlog of tenant {} not measured: {}", tenant, e.toString());
            }
        }
        oldestUnsealedSeconds.set(oldest);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::loop, "audit-sealer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /**
     * Seals what the woken tenants committed before the service stops and publishes the heads (the checkpoints may
     * have stopped already); what commits later is sealed by another instance's sweep or the next start's.
     */
    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (String tenant : List.copyOf(pending)) {
                try {
                    seal(tenant, false);
                } catch (RuntimeException e) {
                    log.warn("audit entries of tenant {} left unsealed at stop: {}", tenant, e.toString());
                }
            }
            try {
                checkpoints.publishPending();
            } catch (RuntimeException e) {
                log.warn("audit checkpoints not published at stop: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getString("tenant_id"),
                rs.getString("subject"), rs.getString("issuer"), rs.getString("roles"), rs.getString("action"),
                rs.getString("resource_type"), rs.getString("resource_id"), rs.getObject("version_before", Long.class),
                rs.getObject("version_after", Long.class), rs.getString("correlation_id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), null, null);
    }
}
