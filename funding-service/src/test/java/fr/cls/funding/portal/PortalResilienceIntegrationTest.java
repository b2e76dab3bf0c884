package fr.cls.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * The portals' status APIs misbehave (real HTTP servers on 127.0.0.1): reconciliations time out and retry, stop
 * calling a portal whose circuit opened, and are turned away by the bulkhead beyond two at once — always answering a
 * PORTAL_UNAVAILABLE report, never an error. Short timeouts keep it quick; each case has its tenant, hence its
 * breaker and bulkhead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class PortalResilienceIntegrationTest extends ApiTestSupport {

    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final Duration OPEN_FOR = Duration.ofSeconds(2);

    /** ARS Occitanie's portal: slow (well past the timeout) while this is set. */
    static final AtomicBoolean SLOW = new AtomicBoolean();
    static final AtomicInteger SLOW_PORTAL_CALLS = new AtomicInteger();
    /** ARS PACA's portal holds each call until released. */
    static final AtomicInteger HELD_PORTAL_CALLS = new AtomicInteger();
    static volatile CountDownLatch arrived = new CountDownLatch(2);
    static volatile CountDownLatch release = new CountDownLatch(0);

    static final ExecutorService PORTAL_THREADS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-portal");
        thread.setDaemon(true);
        return thread;
    });
    static final HttpServer PORTALS = startPortals();

    @DynamicPropertySource
    static void portals(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + PORTALS.getAddress().getPort();
        registry.add("cls.funding.portal.status-urls.ars-occitanie", () -> base + "/slow");
        registry.add("cls.funding.portal.status-urls.ars-paca", () -> base + "/held");
        registry.add("cls.funding.portal.timeout", TIMEOUT::toString);
        registry.add("cls.funding.portal.circuit-open-for", OPEN_FOR::toString);
        registry.add("cls.funding.portal.bulkhead-wait", () -> "50ms");
    }

    @AfterAll
    static void stopPortals() {
        release.countDown();
        PORTALS.stop(0);
        PORTAL_THREADS.shutdownNow();
    }

    @Test
    void aSlowPortalTimesOutThreeTimesThenItsOpenCircuitAnswersWithoutCallingItUntilItRecovers() {
        HttpTestClient occitanie = portalOf("ars-occitanie");
        SLOW.set(true);

        long started = System.nanoTime();
        JsonNode slow = reconcile(occitanie);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(slow.get("outcome").asString()).isEqualTo("PORTAL_UNAVAILABLE");
        assertThat(slow.get("detail").asString()).contains("3 attempts", "PT1S");
        assertThat(SLOW_PORTAL_CALLS.get()).as("three attempts").isEqualTo(3);
        assertThat(took).as("three timeouts and two backoffs, not the portal's own pace")
                .isGreaterThanOrEqualTo(TIMEOUT.multipliedBy(3)).isLessThan(Duration.ofSeconds(10));

        // Three failed attempts opened the circuit: the next reconciliation does not wait on the portal at all.
        SLOW.set(false);
        started = System.nanoTime();
        JsonNode open = reconcile(occitanie);
        assertThat(open.get("outcome").asString()).isEqualTo("PORTAL_UNAVAILABLE");
        assertThat(open.get("detail").asString()).contains("not called", "circuit is open");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);
        assertThat(SLOW_PORTAL_CALLS.get()).as("not called while the circuit is open").isEqualTo(3);
        assertThat(occitanie.get("/api/v1/integration/reconciliations/latest").json().get("id").asString())
                .isEqualTo(open.get("id").asString());

        // Once the circuit has been open long enough, a trial call goes through and the portal is read again.
        await().atMost(OPEN_FOR.plusSeconds(8)).pollInterval(Duration.ofMillis(500))
                .until(() -> reconcile(occitanie).get("outcome").asString().equals("IN_SYNC"));
        assertThat(SLOW_PORTAL_CALLS.get()).isEqualTo(4);
    }

    @Test
    void beyondTwoCallsAtOnceTheBulkheadTurnsAReconciliationAwayWithoutTrippingTheCircuit() throws Exception {
        HttpTestClient paca = portalOf("ars-paca");
        arrived = new CountDownLatch(2);
        release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<JsonNode> first = callers.submit(() -> reconcile(paca));
            Future<JsonNode> second = callers.submit(() -> reconcile(paca));
            assertThat(arrived.await(10, TimeUnit.SECONDS)).as("two calls held at the portal").isTrue();

            JsonNode third = reconcile(paca);
            int callsWhenTurnedAway = HELD_PORTAL_CALLS.get();
            release.countDown();

            assertThat(third.get("outcome").asString()).isEqualTo("PORTAL_UNAVAILABLE");
            assertThat(third.get("detail").asString()).contains("not called", "too many calls", "Bulkhead");
            assertThat(callsWhenTurnedAway).as("the third never reached the portal").isEqualTo(2);
            assertThat(first.get(10, TimeUnit.SECONDS).get("outcome").asString()).isEqualTo("IN_SYNC");
            assertThat(second.get(10, TimeUnit.SECONDS).get("outcome").asString()).isEqualTo("IN_SYNC");
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
        // The bulkhead's refusal says nothing of the portal's health: its circuit stayed closed.
        assertThat(reconcile(paca).get("outcome").asString()).isEqualTo("IN_SYNC");
    }

    private JsonNode reconcile(HttpTestClient portal) {
        HttpTestClient.Response report = portal.post("/api/v1/integration/reconciliations", "{}");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    private HttpTestClient portalOf(String tenant) {
        return as(tenant, Roles.INTEGRATION);
    }

    private static HttpServer startPortals() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/slow", exchange -> {
                SLOW_PORTAL_CALLS.incrementAndGet();
                if (SLOW.get()) {
                    pause(Duration.ofSeconds(3));
                }
                answer(exchange, "[]");
            });
            server.createContext("/held", exchange -> {
                HELD_PORTAL_CALLS.incrementAndGet();
                arrived.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, "[]");
            });
            // Calls are answered in parallel, as a real portal would: a held call must not hold the others back.
            server.setExecutor(PORTAL_THREADS);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // The caller gave up (timed out) before the answer: nothing to tell it.
        }
    }
}
