package fr.cls.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import fr.cls.funding.FundingFixtures;
import fr.cls.funding.profile.ContractProfiles;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.outbound.HostResolver;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * The portal client goes through the same outbound guard as webhooks. Both portals below are one real server on
 * 127.0.0.1: ARS ARA's is configured under a name that resolves to it (as a DNS rebinding would), ARS PACA's under
 * the one allowed name and answers a redirect to its own internal path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cls.outbound.allowed-hosts=portal.test", "cls.funding.portal.timeout=1s",
        // One more context in the suite: a small pool, the shared PostgreSQL has few connection slots.
        "spring.datasource.hikari.maximum-pool-size=3"})
@Import({TestInfrastructure.class, PortalAddressGuardIntegrationTest.Names.class})
class PortalAddressGuardIntegrationTest extends EventApiTestSupport {

    static final AtomicInteger DOSSIER_CALLS = new AtomicInteger();
    static final AtomicInteger REDIRECT_CALLS = new AtomicInteger();
    static final HttpServer PORTAL = portal();

    @TestConfiguration(proxyBeanMethods = false)
    static class Names {

        @Bean
        HostResolver testNames() {
            return Names::resolve;
        }

        private static InetAddress[] resolve(String host) throws UnknownHostException {
            return host.endsWith(".test") ? new InetAddress[] {InetAddress.getByName("127.0.0.1")} : InetAddress.getAllByName(host);
        }
    }

    @DynamicPropertySource
    static void portals(DynamicPropertyRegistry registry) {
        int port = PORTAL.getAddress().getPort();
        registry.add("cls.funding.portal.status-urls.ars-ara", () -> "https://rebound.test:" + port + "/dossiers");
        registry.add("cls.funding.portal.status-urls.ars-paca", () -> "http://portal.test:" + port + "/moved");
    }

    @AfterAll
    static void stopPortal() {
        PORTAL.stop(0);
    }

    @Autowired
    EventCodec codec;

    @Autowired
    ContractProfiles profiles;

    @Test
    void aPortalWhoseNameResolvesToLoopbackIsNotCalledAndTheReportSaysAddressNotAllowed() {
        int before = DOSSIER_CALLS.get();
        JsonNode report = new FundingFixtures(kafka, codec, json, profiles, port).as("ars-ara", Roles.INTEGRATION)
                .post("/api/v1/integration/reconciliations", Map.of()).json();
        assertThat(report.get("outcome").asString()).isEqualTo("PORTAL_UNAVAILABLE");
        assertThat(report.get("detail").asString()).endsWith(": address not allowed").doesNotContain("127.0.0.1");
        assertThat(DOSSIER_CALLS.get()).isEqualTo(before);
    }

    @Test
    void aPortalAnsweringARedirectIsNotFollowed() {
        JsonNode report = new FundingFixtures(kafka, codec, json, profiles, port).as("ars-paca", Roles.INTEGRATION)
                .post("/api/v1/integration/reconciliations", Map.of()).json();
        assertThat(report.get("outcome").asString()).isEqualTo("PORTAL_UNAVAILABLE");
        assertThat(report.get("detail").asString()).endsWith(": HTTP 302");
        assertThat(REDIRECT_CALLS.get()).isPositive();
        assertThat(DOSSIER_CALLS.get()).isZero();
    }

    private static HttpServer portal() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/dossiers", exchange -> {
                DOSSIER_CALLS.incrementAndGet();
                byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/moved", exchange -> {
                REDIRECT_CALLS.incrementAndGet();
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/dossiers");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
