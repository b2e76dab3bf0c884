package fr.cls.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import fr.cls.deploy.FreePorts;
import fr.cls.deploy.LocalStack;
import fr.cls.deploy.Service;
import fr.cls.deploy.StackSettings;
import fr.cls.platform.test.HttpTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform for one test class: free ports, a throw-away data folder and databases of its own, so it
 * never collides with a local stack a developer is running.
 */
final class RunningStack implements AutoCloseable {

    private final LocalStack stack;
    private final Path dataDir;

    private RunningStack(LocalStack stack, Path dataDir) {
        this.stack = stack;
        this.dataDir = dataDir;
    }

    static RunningStack start() {
        return start(1);
    }

    /** With {@code kafkaBrokers} brokers, each on two ports of a free range. */
    static RunningStack start(int kafkaBrokers) {
        return start(kafkaBrokers, StackSettings.sameReplicas(1), Map.of(), null, 0, false);
    }

    /** With the agents' web console too, on a free port (for the browser system tests). */
    static RunningStack startWithConsole() {
        return start(1, StackSettings.sameReplicas(1), Map.of(), null, 0, true);
    }

    /**
     * @param replicas instances of each service, their ports {@link StackSettings#REPLICA_PORT_STEP} apart
     * @param serviceEnvironment extra variables for every service instance
     * @param javaOptions the services' JVM options; null: the launcher's default
     * @param mailMaxMessages how many emails the mail server keeps; 0: the launcher's default (5,000)
     */
    static RunningStack start(int kafkaBrokers, Map<Service, Integer> replicas, Map<String, String> serviceEnvironment,
            String javaOptions, int mailMaxMessages) {
        return start(kafkaBrokers, replicas, serviceEnvironment, javaOptions, mailMaxMessages, false);
    }

    private static RunningStack start(int kafkaBrokers, Map<Service, Integer> replicas,
            Map<String, String> serviceEnvironment, String javaOptions, int mailMaxMessages, boolean console) {
        Path root = Path.of(System.getProperty("cls.repo.root", "../..")).toAbsolutePath().normalize();
        try {
            Path dataDir = Files.createTempDirectory("cls-system-test");
            StackSettings defaults = StackSettings.fromEnvironment(root);
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, FreePorts.spaced(replicas.get(service), StackSettings.REPLICA_PORT_STEP));
            }
            int kafkaPorts = FreePorts.spaced(2 * kafkaBrokers, 1);
            StackSettings settings = new StackSettings(root, dataDir, defaults.dbHost(), defaults.dbPort(),
                    defaults.dbUser(), defaults.dbPassword(), defaults.appUser(), defaults.appPassword(),
                    "st_" + UUID.randomUUID().toString().substring(0, 8),
                    // No trace viewer (port 0), and no console unless asked: most system tests read the API's answers.
                    kafkaPorts, kafkaPorts + 1, kafkaBrokers, FreePorts.one(), FreePorts.one(), FreePorts.one(), console ? FreePorts.one() : 0,
                    FreePorts.one(), FreePorts.one(), 0, ports,
                    replicas, javaOptions == null ? defaults.javaOptions() : javaOptions);
            LocalStack stack = new LocalStack(settings).withServiceEnvironment(serviceEnvironment)
                    .withMailMaxMessages(mailMaxMessages);
            RunningStack running = new RunningStack(stack, dataDir);
            try {
                stack.start();
            } catch (RuntimeException | Error e) {
                // Whatever went wrong, stop what did start: no broker or service outlives the test.
                running.close();
                throw e;
            }
            return running;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    LocalStack stack() {
        return stack;
    }

    /** The simulated submission portal (its JSON API and status API). */
    HttpTestClient portal() {
        return new HttpTestClient(stack.settings().portalUrl());
    }

    /** The local SMTP server's API (GreenMail), to read the emails notification-service sent. */
    HttpTestClient mail() {
        return new HttpTestClient(stack.settings().mailUrl());
    }

    /** The console's address (only with {@link #startWithConsole()}). */
    String consoleUrl() {
        return stack.settings().consoleUrl();
    }

    HttpTestClient gateway() {
        return new HttpTestClient(stack.settings().gatewayUrl());
    }

    /** The development issuer every demo tenant trusts. */
    String issuerUrl() {
        return stack.issuerUrl();
    }

    /** The gateway, with a token the development issuer gave a demo client (client credentials, secret "demo"). */
    HttpTestClient gatewayAs(String demoClient) {
        return gateway().with("Authorization", "Bearer " + token(demoClient));
    }

    String token(String demoClient) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stack.issuerUrl() + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((demoClient + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + demoClient + ": " + response.statusCode() + " " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads a service's own database: an observation for the test, never something a service does. */
    /** Per contract, how many times notification-service recorded its creation (its own log channel). */
    Map<String, Integer> initiatedDeliveries(Collection<String> contractIds) throws SQLException {
        Set<String> ids = Set.copyOf(contractIds);
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = database(Service.NOTIFICATION); Statement query = db.createStatement();
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

    /** contract-service's events not yet published to Kafka. */
    long pendingOutbox() throws SQLException {
        try (Connection db = database(Service.CONTRACT); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Connection database(Service service) throws SQLException {
        StackSettings s = stack.settings();
        return DriverManager.getConnection(s.jdbcUrl(s.database(service)), s.dbUser(), s.dbPassword());
    }

    @Override
    public void close() {
        stack.close();
        stack.dropDatabases();
        keepLogs();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }

    /** The processes' logs outlive the run in target/stack-logs, for whoever reads a failure. */
    private void keepLogs() {
        Path logs = dataDir.resolve("logs");
        Path kept = Path.of("target", "stack-logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            Files.createDirectories(kept);
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("could not keep the logs of " + logs + ": " + e.getMessage());
        }
    }

    /** Kills an instance at once (SIGKILL), as a crash would: no shutdown hook, no graceful end. */
    void kill(String instance) {
        Long pid = stack.pids().get(instance);
        if (pid == null) {
            throw new IllegalArgumentException("no process " + instance + " among " + stack.pids().keySet());
        }
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }
}
