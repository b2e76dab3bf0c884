package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import fr.cls.identity.test.TestIssuer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The uploads of signed originals get their own body limit at the gateway (here 4 KB against 1 KB for every other
 * body): within it they reach the service, beyond it the gateway answers 413 problem+json and forwards nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OriginalUploadSizeGatewayTest {

    static HttpServer service;
    static volatile String reached;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStandIn() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            reached = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        service.start();
    }

    @AfterAll
    static void stopStandIn() {
        service.stop(0);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("CLS_CONTRACT_URL", () -> "http://127.0.0.1:" + service.getAddress().getPort());
        registry.add("CLS_FUNDING_URL", () -> "http://127.0.0.1:" + service.getAddress().getPort());
        registry.add("CLS_IDP_ISSUER", () -> TestIssuer.trusted().issuer());
        registry.add("cls.tenants.file", () -> "classpath:test-tenants.yml");
        registry.add("cls.gateway.max-body-size", () -> "1KB");
        registry.add("cls.gateway.max-original-size", () -> "4KB");
    }

    @Test
    void anOriginalWithinItsOwnLimitReachesTheServiceThoughLargerThanOtherBodies() throws Exception {
        String contract = "/api/v1/contracts/" + UUID.randomUUID() + "/originals";
        String request = "/api/v1/funding/requests/" + UUID.randomUUID() + "/originals";

        assertThat(post(contract, 3000).statusCode()).isEqualTo(204);
        assertThat(reached).isEqualTo("POST " + contract);
        assertThat(post(request, 3000).statusCode()).isEqualTo(204);
        assertThat(reached).isEqualTo("POST " + request);
    }

    @Test
    void anOriginalBeyondItsLimitIsA413ProblemThatReachesNoService() throws Exception {
        reached = null;

        HttpResponse<String> refused = post("/api/v1/contracts/" + UUID.randomUUID() + "/originals", 5000);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JsonMapper.builder().build().readTree(refused.body()).get("status").asInt()).isEqualTo(413);
        assertThat(reached).isNull();
    }

    @Test
    void everyOtherRouteKeepsTheDefaultLimit() throws Exception {
        reached = null;
        String id = UUID.randomUUID().toString();

        assertThat(post("/api/v1/contracts/" + id + "/documents", 3000).statusCode()).isEqualTo(413);
        assertThat(post("/api/v1/contracts/" + id + "/originals/x", 3000).statusCode()).isEqualTo(413);
        assertThat(reached).isNull();
    }

    private HttpResponse<String> post(String path, int size) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestIssuer.trusted().bearer("ars-paca", "ARS_AGENT"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[size])).build(), HttpResponse.BodyHandlers.ofString());
    }
}
