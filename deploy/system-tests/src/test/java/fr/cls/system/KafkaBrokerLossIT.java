package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.cls.deploy.Service;
import fr.cls.platform.test.HttpTestClient;

/**
 * Issue 15: three Kafka brokers, topics on all three with two in sync; one broker killed (SIGKILL) in the middle
 * of 1,000 contract creations. Nothing is lost and nothing arrives twice: every creation is answered, each
 * contract's {@code cls.contract.initiated.v1} is recorded exactly once by notification-service, and the outbox
 * has nothing left to send.
 */
class KafkaBrokerLossIT {

    static final int CREATIONS = 1000;
    static final int CLIENTS = 4;

    static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start(3);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aBrokerKilledDuringAThousandCreationsLosesNothingAndDuplicatesNothing() throws Exception {
        assertThat(stack.stack().kafka().pids()).hasSize(3);
        HttpTestClient agent = stack.gatewayAs("agent.paca");
        Map<String, String> contracts = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger replayed = new AtomicInteger();
        CountDownLatch halfway = new CountDownLatch(CREATIONS / 2);
        long started = System.nanoTime();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            work.add(clients.submit(() -> {
                for (int n = first; n < CREATIONS; n += CLIENTS) {
                    String key = "broker-loss-" + n + "-" + UUID.randomUUID();
                    HttpTestClient.Response created = createWithRetries(agent, key, "CLS n°" + n + " (perte d'un broker)",
                            retries);
                    if (created.header("Idempotent-Replayed") != null) {
                        replayed.incrementAndGet();
                    }
                    contracts.put(key, created.json().get("id").asString());
                    halfway.countDown();
                }
                return null;
            }));
        }
        assertThat(halfway.await(10, TimeUnit.MINUTES)).as("half the creations answered").isTrue();
        long killedPid = stack.stack().kafka().pids().get(0);
        ProcessHandle.of(killedPid).ifPresent(ProcessHandle::destroyForcibly);
        long killedAt = System.nanoTime();
        for (Future<?> done : work) {
            done.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        long answered = System.nanoTime();

        assertThat(contracts).as("every creation answered 201, first time or replayed").hasSize(CREATIONS);
        assertThat(Set.copyOf(contracts.values())).as("1,000 distinct contracts").hasSize(CREATIONS);
        assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false)).as("the broker is dead").isFalse();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> initiatedDeliveries(contracts.values()).size() == CREATIONS && pendingOutbox() == 0);
        long delivered = System.nanoTime();

        Map<String, Integer> deliveries = initiatedDeliveries(contracts.values());
        assertThat(deliveries).as("one delivery per contract").hasSize(CREATIONS);
        assertThat(deliveries.values()).as("nothing twice").containsOnly(1);
        assertThat(pendingOutbox()).as("nothing left in the outbox").isZero();
        System.out.printf("KafkaBrokerLossIT: %d creations answered in %d ms (broker killed at %d ms, %d retries, %d replayed),"
                        + " all delivered once %d ms after the last answer%n",
                CREATIONS, millis(started, answered), millis(started, killedAt), retries.get(), replayed.get(),
                millis(answered, delivered));
    }

    /** The same Idempotency-Key until a 201: a refused or lost attempt never creates a second contract. */
    private static HttpTestClient.Response createWithRetries(HttpTestClient agent, String key, String title, AtomicInteger retries) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpTestClient.Response response = agent.with("Idempotency-Key", key)
                        .post("/api/v1/contracts", Map.of("kind", "CLS", "title", title));
                if (response.status() == 201) {
                    return response;
                }
                last = response.status() + " " + response.body();
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("creation " + key + " never answered 201; last: " + last);
    }

    /** Per contract, how many times notification-service recorded its creation (its own log channel). */
    private static Map<String, Integer> initiatedDeliveries(java.util.Collection<String> contractIds) throws SQLException {
        Set<String> ids = Set.copyOf(contractIds);
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = stack.database(Service.NOTIFICATION); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("select subject, count(*) from delivery"
                        + " where event_type = 'cls.contract.initiated.v1' and channel = 'LOG' group by subject")) {
            while (rs.next()) {
                if (ids.contains(rs.getString(1))) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private static long pendingOutbox() throws SQLException {
        try (Connection db = stack.database(Service.CONTRACT); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }
}
