package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests, sent raw (no client normalises them): every 4xx the gateway makes itself is problem+json whose
 * status is the answer's, and a NUL or a '..' in the path is a 400 that never reaches a service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its own gateway, closed once done: the other tests' timings do not pay for it
class HostileRequestGatewayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static HttpServer contractService;
    static volatile String reached;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStandIn() throws IOException {
        contractService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        contractService.createContext("/", exchange -> {
            reached = exchange.getRequestURI().getRawPath();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        contractService.start();
    }

    @AfterAll
    static void stopStandIn() {
        contractService.stop(0);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("CLS_CONTRACT_URL", () -> "http://127.0.0.1:" + contractService.getAddress().getPort());
        registry.add("CLS_IDP_ISSUER", () -> TestIssuer.trusted().issuer());
        registry.add("cls.tenants.file", () -> "classpath:test-tenants.yml");
        registry.add("cls.gateway.max-body-size", () -> "1KB");
    }

    private static final List<String> PREFIXES = List.of("/api/v1/contracts/", "/api/v1/funding/requests/",
            "/api/v1/governance/", "/api/v1/notifications/", "/api/v1/audit/contract-service/", "/api/v1/nowhere/", "/");
    private static final List<String> NUL_OR_DOT_DOT = List.of("%00", "a%00b", "..", "../admin", "%2e%2e", "%2E%2E/x",
            ".%2e", "%2e.", "x/../../etc/passwd", "%2e%2e%2f%2e%2e");
    private static final List<String> ODD = List.of("%2f", "%5c", "%25", ";jsessionid=1", "//x", "%0a", "%0d%0a",
            "%ff%fe", "%c0%ae", "x?y=%00", "x?y=..", "%09", "%7f");

    @Test
    void aNulOrADotDotInThePathIsA400ProblemThatReachesNoService() throws IOException {
        String bearer = TestIssuer.trusted().bearer("ars-paca", "ARS_AGENT");
        int sent = 0;
        for (String prefix : PREFIXES) {
            for (String hostile : NUL_OR_DOT_DOT) {
                for (String authorization : new String[] {null, bearer}) {
                    reached = null;
                    Answer answer = send("GET", prefix + hostile, authorization, null, null);
                    assertThat(answer.status()).as(prefix + hostile).isEqualTo(400);
                    assertProblem(answer, prefix + hostile);
                    assertThat(reached).as("reached the service: " + prefix + hostile).isNull();
                    sent++;
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
    }

    @Test
    void everyAnswerOfTheGatewayItselfTo400To499IsProblemJsonWithItsStatus() throws IOException {
        String bearer = TestIssuer.trusted().bearer("ars-paca", "ARS_AGENT");
        List<String> authorizations = new ArrayList<>(List.of("Bearer " + "a".repeat(4000)));
        authorizations.add(null);
        authorizations.add(bearer);
        int fourHundreds = 0;
        for (String method : List.of("GET", "POST", "PROPFIND")) {
            for (String prefix : PREFIXES) {
                for (String segment : ODD) {
                    for (String authorization : authorizations) {
                        String body = method.equals("POST") ? "x".repeat(segment.length() % 2 == 0 ? 10 : 2048) : null;
                        Answer answer = send(method, prefix + segment, authorization, body, "application/json");
                        if (answer.status() >= 400 && answer.status() < 500) {
                            assertProblem(answer, method + " " + prefix + segment);
                            fourHundreds++;
                        }
                    }
                }
            }
        }
        assertThat(fourHundreds).isGreaterThan(200);
    }

    private static void assertProblem(Answer answer, String what) {
        assertThat(answer.contentType()).as("content type of " + answer.status() + " to " + what)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).as("status in the problem for " + what).isEqualTo(answer.status());
    }

    record Answer(int status, String contentType, String body) {
    }

    /** A request written by hand, byte for byte, so that nothing is normalised on the way. */
    private Answer send(String method, String path, String authorization, String body, String contentType) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A refusal (413) may close the connection before the body sent is read: the answer came first.
            if (all.size() == 0) {
                throw reset;
            }
        }
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String rest = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            }
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        return new Answer(status, contentType, chunked ? unchunk(rest) : rest);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
