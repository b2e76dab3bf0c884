package fr.cls.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.sun.net.httpserver.HttpServer;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.outbound.HostResolver;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks never reach internal addresses. Here only the name {@code receiver.test} is allowed (it leads to the test
 * receivers on 127.0.0.1), so every other way of writing an internal address is refused, 127.0.0.1 included; names
 * under {@code .test} resolve to what {@link #NAMES} says at the moment of the call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cls.outbound.allowed-hosts=receiver.test",
        "cls.notification.webhooks.dispatch-interval=PT1S",
        "cls.notification.webhooks.read-timeout=PT1S",
        "cls.notification.webhooks.retry.max-attempts=1",
        "cls.notification.webhooks.redelivery.initial=PT10M",
        // One more context in the suite: a small pool, the shared PostgreSQL has few connection slots.
        "spring.datasource.hikari.maximum-pool-size=3"})
@Import({TestInfrastructure.class, WebhookAddressGuardIntegrationTest.Names.class})
class WebhookAddressGuardIntegrationTest extends EventApiTestSupport {

    static final Map<String, String> NAMES = new ConcurrentHashMap<>(Map.of("receiver.test", "127.0.0.1"));
    static final Duration WAIT = Duration.ofSeconds(40);
    static final String WEBHOOKS = "/api/v1/notifications/webhooks";

    @TestConfiguration(proxyBeanMethods = false)
    static class Names {

        @Bean
        HostResolver swappableNames() {
            return host -> resolve(host);
        }

        private static InetAddress[] resolve(String host) throws UnknownHostException {
            String address = NAMES.get(host.toLowerCase());
            return address == null ? InetAddress.getAllByName(host) : new InetAddress[] {InetAddress.getByName(address)};
        }
    }

    @Autowired
    EventCodec codec;

    @Test
    void registeringAnEndpointAtAnInternalAddressAnswers400NamingUrlAndWhy() {
        String tenant = TestTenants.next();
        NAMES.put("metadata.test", "169.254.169.254");
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://169.254.169.254/latest/meta-data/", "url-scheme"),
                Map.entry("https://169.254.169.254/latest/meta-data/", "url-address"),
                Map.entry("https://metadata.test/latest/meta-data/", "url-address"),
                Map.entry("https://127.0.0.1:8084/actuator/health", "url-address"),
                Map.entry("http://127.0.0.1:8084/actuator/health", "url-scheme"),
                Map.entry("https://[::1]:6379/", "url-address"),
                Map.entry("https://2130706433/", "url-address"),
                Map.entry("https://0x7f.1/", "url-host"),
                Map.entry("https://[::ffff:127.0.0.1]/", "url-address"),
                Map.entry("https://[::127.0.0.1]/", "url-address"),
                Map.entry("https://[64:ff9b::a9fe:a9fe]/", "url-address"),
                Map.entry("https://localhost:5432/", "url-address"),
                Map.entry("https://10.0.0.8/hooks", "url-address"),
                Map.entry("https://192.168.1.1/hooks", "url-address"),
                Map.entry("https://100.64.0.1/hooks", "url-address"),
                Map.entry("https://[fd00:ec2::254]/", "url-address"),
                Map.entry("https://0.0.0.0/", "url-address"),
                Map.entry("https://224.0.0.1/", "url-address"),
                Map.entry("https://user:secret@receiver.test/hooks", "url-parts"));
        refused.forEach((url, rule) -> {
            HttpTestClient.Response answer = approver(tenant).post(WEBHOOKS, Map.of("url", url, "eventTypes", List.of("*")));
            assertThat(answer.status()).as(url).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode error = answer.json().get("errors").get(0);
            assertThat(error.get("field").asString()).as(url).isEqualTo("url");
            assertThat(error.get("rule").asString()).as(url).isEqualTo(rule);
        });
        assertThat(approver(tenant).get(WEBHOOKS).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void aHostThatResolvesToLoopbackAtSendTimeIsNotCalledAndTheLogSaysAddressNotAllowed() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            NAMES.put("rebind.test", "203.0.113.7");
            String url = "https://rebind.test:" + receiver.url().substring(receiver.url().lastIndexOf(':') + 1);
            JsonNode endpoint = register(tenant, url);
            NAMES.put("rebind.test", "127.0.0.1");

            publish(tenant);

            JsonNode attempt = awaitFirstAttempt(tenant, endpoint);
            assertThat(attempt.get("succeeded").asBoolean()).isFalse();
            assertThat(attempt.get("statusCode").isNull()).isTrue();
            assertThat(attempt.get("error").asString()).isEqualTo("address not allowed");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aRedirectToAnInternalAddressIsNotFollowed() throws Exception {
        String tenant = TestTenants.next();
        AtomicInteger redirected = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/internal");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/internal", exchange -> {
            redirected.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            JsonNode endpoint = register(tenant, "http://receiver.test:" + server.getAddress().getPort() + "/hooks");
            publish(tenant);

            JsonNode attempt = awaitFirstAttempt(tenant, endpoint);
            assertThat(attempt.get("succeeded").asBoolean()).isFalse();
            assertThat(attempt.get("statusCode").asInt()).isEqualTo(302);
            assertThat(attempt.get("error").asString()).isEqualTo("HTTP 302");
            assertThat(redirected).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    private JsonNode register(String tenant, String url) {
        HttpTestClient.Response created = approver(tenant).post(WEBHOOKS, Map.of("url", url, "eventTypes", List.of("*")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode awaitFirstAttempt(String tenant, JsonNode endpoint) {
        String deliveries = WEBHOOKS + "/deliveries?endpoint=" + endpoint.get("id").asString();
        await().atMost(WAIT).until(() -> {
            JsonNode items = approver(tenant).get(deliveries).json().get("items");
            return !items.isEmpty() && items.get(0).get("attempts").asInt() >= 1;
        });
        String id = approver(tenant).get(deliveries).json().get("items").get(0).get("id").asString();
        return approver(tenant).get(WEBHOOKS + "/deliveries/" + id).json().get("attempts").get(0);
    }

    private void publish(String tenant) throws Exception {
        UUID contractId = UUID.randomUUID();
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contractId.toString(), OffsetDateTime.now(), "application/json", tenant,
                "test-" + UUID.randomUUID(), json.valueToTree(new ContractInitiatedV1(contractId, "CLS", "CLS de Die",
                        "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2016, 2, 1))));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
    }

    private HttpTestClient approver(String tenant) {
        return as(tenant, Roles.ARS_APPROVER);
    }
}
