package fr.cls.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cls.deploy.FreePorts;
import fr.cls.deploy.LocalStack;
import fr.cls.deploy.Service;
import fr.cls.deploy.StackSettings;

/**
 * The whole platform for one benchmark run, as the system tests start it (free ports, a throw-away data folder and
 * databases, no console, no trace viewer); its logs are kept in the output folder.
 */
final class BenchStack implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final Path dataDir;
    private final Path logs;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process candidate;

    private BenchStack(LocalStack stack, Path dataDir, Path logs) {
        this.stack = stack;
        this.dataDir = dataDir;
        this.logs = logs;
    }

    static BenchStack start(Path root, Path logs) throws IOException {
        Path dataDir = Files.createTempDirectory("cls-benchmark");
        StackSettings defaults = StackSettings.fromEnvironment(root);
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.one());
        }
        int kafka = FreePorts.one();
        StackSettings settings = new StackSettings(root, dataDir, defaults.dbHost(), defaults.dbPort(), defaults.dbUser(),
                defaults.dbPassword(), defaults.appUser(), defaults.appPassword(), "bench_" + UUID.randomUUID().toString().substring(0, 8),
                kafka, FreePorts.one(), 1, FreePorts.one(), FreePorts.one(), FreePorts.one(), 0, FreePorts.one(), FreePorts.one(), 0, ports,
                StackSettings.sameReplicas(1), defaults.javaOptions());
        BenchStack running = new BenchStack(new LocalStack(settings), dataDir, logs);
        try {
            running.stack.start();
        } catch (RuntimeException | Error e) {
            running.close();
            throw e;
        }
        return running;
    }

    StackSettings settings() {
        return stack.settings();
    }

    /**
     * Another build of the gateway beside the stack's own, on a port of its own, routing to the same services with
     * the same settings: a change to the gateway measured side by side with the build before it.
     */
    String startCandidateGateway(Path jar, Path logDir) throws IOException {
        StackSettings s = settings();
        int port = FreePorts.one();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of(s.javaOptions().trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Files.createDirectories(logDir).resolve("candidate-gateway.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("CLS_IDP_ISSUER", s.issuerUrl());
        env.put("CLS_CONTRACT_URL", s.serviceUrl(Service.CONTRACT));
        env.put("CLS_FUNDING_URL", s.serviceUrl(Service.FUNDING));
        env.put("CLS_GOVERNANCE_URL", s.serviceUrl(Service.GOVERNANCE));
        env.put("CLS_NOTIFICATION_URL", s.serviceUrl(Service.NOTIFICATION));
        env.put("CLS_KAFKA_BOOTSTRAP", s.kafkaBootstrap());
        env.put("CLS_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("CLS_KAFKA_USER", "gateway");
        env.put("CLS_KAFKA_PASSWORD", stack.kafka().gatewayPassword());
        candidate = builder.start();
        String url = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline && candidate.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return url;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        throw new IllegalStateException("the candidate gateway " + jar + " did not become healthy; see " + logDir.resolve("candidate-gateway.log"));
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JVMs of the stack by name, Kafka included. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>(stack.pids());
        pids.put("kafka", stack.kafka().pid());
        return pids;
    }

    /** A token the development issuer gives a demo client (client credentials, secret "demo"). */
    String token(String demoClient) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.issuerUrl() + "/oauth2/token"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((demoClient + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + demoClient + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** A call through the gateway; the answer's body as JSON (null when empty), or an exception naming the status. */
    JsonNode call(String token, String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings().gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (method.equals("POST")) {
            String etag = path.matches("/api/v1/contracts/[^/]+/[a-z-]+") ? etag(token, path.substring(0, path.lastIndexOf('/'))) : null;
            if (etag != null) {
                request.header("If-Match", etag);
            }
            request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.GET();
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    int status(String token, String path, Object body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(settings().gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String etag(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(settings().gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElse(null);
    }

    /** A service's own database, read as the owner: observations of the suite, never something a service does. */
    Connection database(Service service) throws SQLException {
        StackSettings s = settings();
        return DriverManager.getConnection(s.jdbcUrl(s.database(service)), s.dbUser(), s.dbPassword());
    }

    @Override
    public void close() {
        if (candidate != null) {
            candidate.destroy();
            try {
                candidate.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            candidate.destroyForcibly();
        }
        stack.close();
        stack.dropDatabases();
        Path kept = dataDir.resolve("logs");
        try {
            if (Files.isDirectory(kept)) {
                Files.createDirectories(logs);
                try (Stream<Path> files = Files.list(kept)) {
                    for (Path log : files.toList()) {
                        Files.copy(log, logs.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            System.err.println("could not keep the logs or delete " + dataDir + ": " + e.getMessage());
        }
    }
}
