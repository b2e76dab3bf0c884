package fr.cls.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run as its own JVM from the Kafka
 * jars of this module's classpath. Its log directory survives restarts.
 */
public class KafkaBroker {

    private final StackSettings settings;
    private final Path home;
    private final String javaCommand;
    private final String classpath;
    private ManagedProcess process;

    KafkaBroker(StackSettings settings, String javaCommand, String classpath) {
        this.settings = settings;
        this.home = settings.dataDir().resolve("kafka");
        this.javaCommand = javaCommand;
        this.classpath = classpath;
    }

    public void start() {
        try {
            Path config = writeConfig();
            if (!Files.exists(home.resolve("data/meta.properties"))) {
                format(config);
            }
            List<String> command = new ArrayList<>(List.of(javaCommand, "-Xms128m", "-Xmx512m",
                    "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"), "-cp", classpath,
                    "kafka.Kafka", config.toString()));
            process = new ManagedProcess("kafka", command, Map.of(), settings.dataDir().resolve("logs/kafka.log"));
            process.start();
            awaitReady(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare Kafka in " + home + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    public long pid() {
        return process.pid();
    }

    public String bootstrapServers() {
        return settings.kafkaBootstrap();
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(home.resolve("data"));
        Path config = home.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + settings.kafkaControllerPort(),
                "listeners=PLAINTEXT://127.0.0.1:" + settings.kafkaPort() + ",CONTROLLER://127.0.0.1:" + settings.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + settings.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        Files.writeString(home.resolve("log4j2.properties"), String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = org.apache.kafka",
                "logger.kafka.level = WARN",
                ""));
        return config;
    }

    private void format(Path config) throws IOException {
        String clusterId = clusterId();
        Files.writeString(home.resolve("cluster.id"), clusterId);
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-cp", classpath,
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.dataDir().resolve("logs/kafka.log").toFile()));
        Files.createDirectories(settings.dataDir().resolve("logs"));
        try {
            Process format = builder.start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + settings.dataDir().resolve("logs/kafka.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /** Kafka cluster ids are 16 random bytes, URL-safe base64 without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited during start-up:\n" + process.tail(30));
            }
            try (Admin admin = Admin.create(config)) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        throw new IllegalStateException("Kafka did not become ready in " + timeout.toSeconds() + " s:\n" + process.tail(30));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
