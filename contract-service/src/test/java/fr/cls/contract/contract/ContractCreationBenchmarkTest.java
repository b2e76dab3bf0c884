package fr.cls.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.audit.SerialisedAuditConfiguration;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.OwnerDatabase;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The write path under load (docs/benchmarks.md, "Profile of the write path"): concurrent contract creations of one
 * tenant over HTTP, with a JFR recording of the service and a sampling of the database sessions' wait events.
 * Writes {@code target/benchmark-write.md} and {@code target/benchmark-write.jfr}. Not part of the suite:
 * {@code ./mvnw verify -pl contract-service -Dtest=ContractCreationBenchmarkTest -Dcls.benchmark=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, SerialisedAuditConfiguration.class })
@EnabledIfSystemProperty(named = "cls.benchmark", matches = "true")
class ContractCreationBenchmarkTest extends ApiTestSupport {

    static final int CONNECTIONS = Integer.getInteger("cls.benchmark.connections", 8);
    static final int REQUESTS = Integer.getInteger("cls.benchmark.requests", 800);
    static final int WARM_UP = Integer.getInteger("cls.benchmark.warm-up", 200);

    JdbcTemplate owner;
    /** Which write path the sampled wait events belong to. */
    volatile String phase = "warm-up";

    @Autowired
    void ownerDatabase(javax.sql.DataSource dataSource, Environment environment) {
        owner = OwnerDatabase.jdbc(dataSource, environment);
    }

    @Test
    void createsContractsOfOneTenantConcurrently() throws Exception {
        String tenant = TestTenants.next();
        HttpTestClient client = as(tenant, Roles.ARS_AGENT, Roles.ARS_APPROVER);
        SerialisedAuditConfiguration.serialised = true;
        run(client, WARM_UP / 2);
        SerialisedAuditConfiguration.serialised = false;
        run(client, WARM_UP / 2);

        Map<String, Integer> waits = new ConcurrentHashMap<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Map<String, Integer> samples = new ConcurrentHashMap<>();
        String database = owner.queryForObject("select current_database()", String.class);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                String sampled = phase;
                samples.merge(sampled, 1, Integer::sum);
                owner.query("select coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' / ' || state, count(*)"
                        + " from pg_stat_activity where datname = ? and pid <> pg_backend_pid() and state <> 'idle'"
                        + " group by 1", rs -> {
                            waits.merge(sampled + " — " + rs.getString(1), rs.getInt(2), Integer::sum);
                        }, database);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "wait-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Path jfr = Path.of("target", "benchmark-write.jfr");
        StringBuilder report = new StringBuilder("| audit append | connections | requests | per second | p50 ms | p90 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        List<Long> latencies = new ArrayList<>();
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.setToDisk(true);
            recording.start();
            // Alternating, so that both see the same machine: the old serialised append, then the new, twice.
            for (boolean serialised : new boolean[] {true, false, true, false}) {
                SerialisedAuditConfiguration.serialised = serialised;
                phase = serialised ? "before" : "after";
                long start = System.nanoTime();
                List<Long> measured = run(client, REQUESTS / 4);
                long elapsed = System.nanoTime() - start;
                latencies.addAll(measured);
                Collections.sort(measured);
                report.append("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n".formatted(
                        serialised ? "per-tenant lock (before)" : "unsealed insert (after)", CONNECTIONS, measured.size(),
                        measured.size() / (elapsed / 1e9), ms(measured, 0.50), ms(measured, 0.90), ms(measured, 0.99),
                        ms(measured, 1.0)));
            }
            SerialisedAuditConfiguration.serialised = false;
            recording.stop();
            recording.dump(jfr);
        } finally {
            sampling.set(false);
            sampler.join();
        }

        report.append("\nActive database sessions by wait event, per write path (samples: ").append(samples).append("):\n\n");
        new TreeMap<>(waits).forEach((wait, count) -> report.append("- ").append(wait).append(": ")
                .append("%.2f".formatted(count / (double) samples.get(wait.substring(0, wait.indexOf(" — ")))))
                .append(" sessions on average\n"));
        // Sealing of the entries measured (written at the request, sealed after its commit); before V0_21 none.
        owner.query("select count(*), count(distinct sealed_at),"
                + " percentile_cont(0.5) within group (order by extract(epoch from sealed_at - occurred_at)),"
                + " percentile_cont(0.99) within group (order by extract(epoch from sealed_at - occurred_at)),"
                + " max(extract(epoch from sealed_at - occurred_at))"
                + " from audit_entry where tenant_id = ? and sealed_at is not null", rs -> {
                    report.append("%nSealing: %d entries in %d batches; written → sealed p50 %.0f ms, p99 %.0f ms, max %.0f ms%n"
                            .formatted(rs.getLong(1), rs.getLong(2), rs.getDouble(3) * 1000, rs.getDouble(4) * 1000,
                                    rs.getDouble(5) * 1000));
                }, tenant);
        Files.writeString(Path.of("target", "benchmark-write.md"), report);
        System.out.println(report);
        assertThat(latencies).hasSize(REQUESTS);
    }

    private static List<Long> run(HttpTestClient client, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Long>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String title = "CLS charge " + i;
                calls.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HttpTestClient.Response created = client.post("/api/v1/contracts", Map.of("kind", "CLS", "title", title));
                    long took = System.nanoTime() - start;
                    assertThat(created.status()).isEqualTo(201);
                    return took;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> call : calls) {
                latencies.add(call.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
