package fr.cls.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import fr.cls.gateway.StandInService;
import fr.cls.identity.test.TestIssuer;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;

/**
 * The gateway with {@code CLS_REDIS_HOST} set: per-tenant windows kept in a real Redis, shared by every gateway
 * instance. Redis must run on {@code CLS_REDIS_HOST:CLS_REDIS_PORT} (127.0.0.1:6379 by default); this test fails,
 * and does not skip, when it does not. Tenant ids carry a random run id, so builds sharing a Redis do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisRateLimitTest {

    static final String REDIS_HOST = env("CLS_REDIS_HOST", "127.0.0.1");
    static final int REDIS_PORT = Integer.parseInt(env("CLS_REDIS_PORT", "6379"));
    static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    static final String SMALL_A = "small-a-" + RUN;
    static final String SMALL_B = "small-b-" + RUN;
    static final String SMALL_C = "small-c-" + RUN;

    static StandInService service = StandInService.start();

    @LocalServerPort
    int port;

    @Autowired
    TenantRateLimiter gatewayLimiter;

    @Autowired
    TenantDirectory tenants;

    @BeforeAll
    static void redisMustBeRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), 2000);
        } catch (IOException e) {
            fail("Redis is not reachable on " + REDIS_HOST + ":" + REDIS_PORT + " (" + e.getMessage() + "). Start it, e.g. "
                    + "`redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save \"\" --appendonly no`, "
                    + "or point CLS_REDIS_HOST/CLS_REDIS_PORT at one (README, Troubleshooting; .ci/run starts it).");
        }
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("CLS_REDIS_HOST", () -> REDIS_HOST);
        registry.add("CLS_REDIS_PORT", () -> REDIS_PORT);
        registry.add("CLS_CONTRACT_URL", service::url);
        registry.add("CLS_IDP_ISSUER", () -> TestIssuer.trusted().issuer());
        registry.add("cls.tenants.file", () -> "classpath:test-tenants-redis.yml");
        registry.add("cls.test.run", () -> RUN);
    }

    @Test
    void withARedisHostTheGatewayKeepsItsLimitsInRedis() {
        assertThat(gatewayLimiter).isInstanceOf(RedisFixedWindow.class);
    }

    @Test
    void aTenantOverItsLimitGets429WithRetryAfterAndAnotherTenantIsNotAffected() {
        warmUp();
        EntityExchangeResult<byte[]> refused = null;
        startOfASecond();
        for (int i = 0; i < 20 && refused == null; i++) {
            EntityExchangeResult<byte[]> result = as(SMALL_A).get().uri("/api/v1/contracts").exchange().expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
            }
        }
        assertThat(refused).as("a request over the limit of " + SMALL_A + " (1 request a second) was refused").isNotNull();

        as(SMALL_B).get().uri("/api/v1/contracts").exchange().expectStatus().isOk();

        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(refused.getResponseBodyContent())).contains("\"status\":429");
    }

    @Test
    void twoLimiterInstancesShareTheWindowThroughRedis() {
        Tenant.RateLimit twoASecond = new Tenant.RateLimit(1, 1);
        try (Instance other = new Instance()) {
            other.limiter.acquire("warm-up-" + RUN, twoASecond).block(Duration.ofSeconds(30));
            List<Boolean> decisions = inOneSecond(() -> List.of(
                    allowed(gatewayLimiter, SMALL_C + "-direct", twoASecond),
                    allowed(other.limiter, SMALL_C + "-direct", twoASecond),
                    allowed(gatewayLimiter, SMALL_C + "-direct", twoASecond),
                    allowed(other.limiter, SMALL_C + "-direct", twoASecond)));
            assertThat(decisions).as("gateway, other, gateway, other in one second, two allowed in all")
                    .containsExactly(true, true, false, false);
        }
    }

    @Test
    void requestsCountedByAnotherGatewayInstanceCountForThisOne() {
        warmUp();
        Tenant.RateLimit limit = tenants.find(SMALL_C).orElseThrow().rateLimit();
        try (Instance other = new Instance()) {
            other.limiter.acquire("warm-up-" + RUN, limit).block(Duration.ofSeconds(30));
            List<Integer> statuses = inOneSecond(() -> {
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < limit.requestsPerSecond() + limit.burst(); i++) {
                    assertThat(allowed(other.limiter, SMALL_C, limit)).isTrue();
                }
                all.add(as(SMALL_C).get().uri("/api/v1/contracts").exchange().expectBody().returnResult().getStatus().value());
                return all;
            });
            assertThat(statuses).as("the other instance used up the second of " + SMALL_C).containsExactly(429);
        }
    }

    /** One request, so that the gateway's Redis connection is open before anything is measured. */
    private void warmUp() {
        // Up to 30 s rather than WebTestClient's 5: the first request opens the Redis connection, slow on a loaded machine.
        WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30)).baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestIssuer.trusted().bearer("platform", "PLATFORM_OPERATOR")).build()
                .get().uri("/api/v1/contracts").exchange().expectStatus().isOk();
    }

    private WebTestClient as(String tenant) {
        return WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30)).baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestIssuer.trusted().bearer(tenant, "ARS_AGENT")).build();
    }

    private static boolean allowed(TenantRateLimiter limiter, String tenant, Tenant.RateLimit limit) {
        return limiter.acquire(tenant, limit).block(Duration.ofSeconds(15)).allowed();
    }

    /**
     * Runs {@code work} from the start of a wall-clock second (the window), again with fresh keys' windows if it
     * happened to straddle two seconds (a slow machine).
     */
    private static <T> T inOneSecond(Supplier<T> work) {
        for (int attempt = 0; attempt < 5; attempt++) {
            startOfASecond();
            long second = Instant.now().getEpochSecond();
            T result = work.get();
            if (Instant.now().getEpochSecond() == second) {
                return result;
            }
            sleep(2100);
        }
        throw new AssertionError("could not run the scenario within one second in 5 attempts (machine too slow?)");
    }

    private static void startOfASecond() {
        long millis = System.currentTimeMillis();
        sleep(1000 - millis % 1000 + 20);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Another gateway instance's limiter: its own connection to the same Redis. */
    static final class Instance implements AutoCloseable {

        final LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(REDIS_HOST, REDIS_PORT));
        final TenantRateLimiter limiter;

        Instance() {
            connections.afterPropertiesSet();
            connections.start();
            limiter = new RedisFixedWindow(new ReactiveStringRedisTemplate(connections));
        }

        @Override
        public void close() {
            connections.destroy();
        }
    }
}
