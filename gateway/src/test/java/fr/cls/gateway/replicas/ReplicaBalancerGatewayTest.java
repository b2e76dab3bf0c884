package fr.cls.gateway.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.sun.net.httpserver.HttpServer;

import fr.cls.identity.test.TestIssuer;

/**
 * Two real instances of contract-service, the second one stopped; and two of funding-service, one of which drops
 * every connection after reading the request (a crash mid-flight).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplicaBalancerGatewayTest {

    static Instance contractUp;
    static Instance contractStopped;
    static Instance fundingUp;
    static DroppingInstance fundingDropping;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startInstances() {
        contractUp = Instance.start();
        contractStopped = Instance.start();
        contractStopped.stop();
        fundingUp = Instance.start();
        fundingDropping = DroppingInstance.start();
    }

    @AfterAll
    static void stopInstances() {
        contractUp.stop();
        fundingUp.stop();
        fundingDropping.stop();
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("CLS_CONTRACT_URLS", () -> contractStopped.url() + "," + contractUp.url());
        registry.add("CLS_FUNDING_URLS", () -> fundingDropping.url() + "," + fundingUp.url());
        registry.add("CLS_IDP_ISSUER", () -> TestIssuer.trusted().issuer());
        registry.add("cls.tenants.file", () -> "classpath:test-tenants.yml");
    }

    @BeforeEach
    void forget() {
        contractUp.bodies.clear();
        fundingUp.bodies.clear();
        fundingDropping.requests.set(0);
    }

    WebTestClient client() {
        // A loaded machine may take more than the default 5 s over a first call (token keys, connection pools).
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofSeconds(30))
                .defaultHeader("Authorization", TestIssuer.trusted().bearer("ars-paca", "ARS_AGENT")).build();
    }

    @Test
    void everyRequestIsAnsweredByTheLiveInstanceWhenTheOtherRefusesConnections() {
        for (int n = 0; n < 6; n++) {
            client().get().uri("/api/v1/contracts/" + n).exchange().expectStatus().isOk();
            client().post().uri("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"title\":\"CLS " + n + "\"}").exchange().expectStatus().isOk();
        }

        assertThat(contractUp.bodies).as("12 requests, the POSTs' bodies intact").hasSize(12)
                .contains("{\"title\":\"CLS 0\"}", "{\"title\":\"CLS 5\"}");
    }

    @Test
    void theOtherRoutesOfTheServiceAreBalancedToo() {
        client().get().uri("/api/v1/audit/contract-service?size=1").exchange().expectStatus().isOk();
        client().get().uri("/api/v1/audit/contract-service?size=2").exchange().expectStatus().isOk();

        assertThat(contractUp.paths).contains("/api/v1/audit?size=1", "/api/v1/audit?size=2");
    }

    @Test
    void aReadThatFailedMidFlightIsAnsweredByTheOtherInstance() {
        for (int n = 0; n < 4; n++) {
            client().get().uri("/api/v1/funding/requests/" + n).exchange().expectStatus().isOk();
        }

        assertThat(fundingDropping.requests.get()).as("reads the dropping instance took, then lost").isPositive();
        assertThat(fundingUp.bodies).as("every read answered by the live instance").hasSize(4);
    }

    @Test
    void aWriteThatFailedMidFlightIsNotSentAgain() {
        int answered = 0;
        int failed = 0;
        for (int n = 0; n < 4; n++) {
            int status = client().post().uri("/api/v1/funding/requests").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"n\":" + n + "}").exchange().returnResult(String.class).getStatus().value();
            if (status == 200) {
                answered++;
            } else {
                assertThat(status).as("a lost write answers 5xx, for the client to retry with its key").isGreaterThanOrEqualTo(500);
                failed++;
            }
        }

        assertThat(fundingDropping.requests.get()).as("writes the dropping instance took").isEqualTo(failed).isPositive();
        assertThat(fundingUp.bodies).as("none of them sent again to the live instance").hasSize(answered);
        assertThat(answered + failed).isEqualTo(4);
    }

    /** Answers 200 and keeps each request's path and body. */
    record Instance(HttpServer server, List<String> bodies, List<String> paths) {

        static Instance start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                Instance instance = new Instance(server, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
                server.createContext("/", exchange -> {
                    instance.paths.add(exchange.getRequestURI().toString());
                    instance.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                return instance;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }
    }

    /** Reads each request's head, then closes the connection without a word: the request got there, no answer came. */
    record DroppingInstance(ServerSocket socket, AtomicInteger requests) {

        static DroppingInstance start() {
            try {
                DroppingInstance instance = new DroppingInstance(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()),
                        new AtomicInteger());
                Thread thread = new Thread(instance::serve, "dropping-instance");
                thread.setDaemon(true);
                thread.start();
                return instance;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    if (readHead(connection.getInputStream())) {
                        requests.incrementAndGet();
                    }
                } catch (IOException e) {
                    // closed by stop(), or the gateway gave up first
                }
            }
        }

        private static boolean readHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int b = in.read(); b != -1; b = in.read()) {
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
                if (matched == end.length) {
                    return true;
                }
            }
            return false;
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        void stop() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
