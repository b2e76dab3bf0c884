package fr.cls.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run as its own JVM from the Kafka
 * jars of this module's classpath, or a cluster of them ({@code CLS_KAFKA_BROKERS=3}: three nodes, each broker and
 * one of three controller voters, with their own ports and log directories). Log directories survive restarts.
 * <p>
 * Clients authenticate with SASL/SCRAM-SHA-512, one user per service, and the StandardAuthorizer allows each only
 * what {@link KafkaAccess} grants; the administrator ({@code admin}, the only super user) is also the broker's own
 * identity. Its SCRAM credential is written at format time (the broker needs it before any metadata exists);
 * the controller listener, which only the nodes use, takes the administrator by SASL/PLAIN. The services'
 * credentials, the topics and the ACLs are (re)applied at every start, so they follow {@link Service}.
 */
public class KafkaBroker {

    private final StackSettings settings;
    private final Path home;
    private final String javaCommand;
    private final String classpath;
    private final List<ManagedProcess> processes = new ArrayList<>();
    private KafkaCredentials credentials;

    KafkaBroker(StackSettings settings, String javaCommand, String classpath) {
        this.settings = settings;
        this.home = settings.dataDir().resolve("kafka");
        this.javaCommand = javaCommand;
        this.classpath = classpath;
    }

    public void start() {
        try {
            Path credentialsFile = home.resolve("credentials.properties");
            for (int node = 1; node <= settings.kafkaBrokers(); node++) {
                Path data = nodeHome(node).resolve("data");
                if (Files.exists(data.resolve("meta.properties")) && !KafkaCredentials.existIn(credentialsFile)) {
                    // Formatted before the broker required authentication: it has no administrator credential.
                    System.out.println("  Kafka: resetting " + data + " (made without authentication)");
                    deleteTree(data);
                }
            }
            credentials = KafkaCredentials.loadOrCreate(credentialsFile);
            writeLogConfig();
            processes.clear();
            for (int node = 1; node <= settings.kafkaBrokers(); node++) {
                Path config = writeConfig(node);
                if (!Files.exists(nodeHome(node).resolve("data/meta.properties"))) {
                    // Every node of the cluster: the same cluster id and the administrator's credential.
                    format(node, config);
                }
                List<String> command = new ArrayList<>(List.of(javaCommand, "-Xms128m", "-Xmx512m",
                        "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"), "-cp", classpath,
                        "kafka.Kafka", config.toString()));
                ManagedProcess process = new ManagedProcess(processName(node), command, Map.of(), logFile(node));
                process.start();
                processes.add(process);
            }
            awaitReady(Duration.ofSeconds(90 + 30L * (settings.kafkaBrokers() - 1)));
            configureAccess();
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare Kafka in " + home + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        // In parallel: a node waits for its peers' controllers while it shuts down, one at a time would be slow.
        processes.parallelStream().forEach(process -> process.stop(Duration.ofSeconds(30)));
    }

    /** The first broker's process id (the only one's, with one broker). */
    public long pid() {
        return processes.get(0).pid();
    }

    /** Every broker's process id, node 1 first: a test kills one to see the cluster carry on. */
    public List<Long> pids() {
        return processes.stream().map(ManagedProcess::pid).toList();
    }

    /** The replication the topics get: every broker holds a copy, up to three. */
    public short replicationFactor() {
        return (short) settings.kafkaReplicationFactor();
    }

    public String bootstrapServers() {
        return settings.kafkaBootstrap();
    }

    /** The password of the gateway's Kafka user, which only reads the tenant directory (known once the broker started). */
    public String gatewayPassword() {
        return credentials.gateway();
    }

    /** The password of the service's Kafka user (known once the broker started). */
    public String password(Service service) {
        return credentials.of(service);
    }

    /** Client settings to connect as {@code user}: what the services get through CLS_KAFKA_* variables. */
    public Map<String, Object> clientConfig(String user, String password) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, jaas("org.apache.kafka.common.security.scram.ScramLoginModule", user, password, ""));
    }

    /** Client settings of the administrator (super user). */
    public Map<String, Object> adminConfig() {
        return clientConfig(KafkaCredentials.ADMIN, credentials.admin());
    }

    private void configureAccess() {
        Map<String, Object> config = new HashMap<>(adminConfig());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        try (Admin admin = Admin.create(config)) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (Service service : Service.values()) {
                users.add(new UserScramCredentialUpsertion(service.module(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), credentials.of(service)));
            }
            users.add(new UserScramCredentialUpsertion(KafkaCredentials.GATEWAY,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), credentials.gateway()));
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            createTopics(admin);
            // Exactly what KafkaAccess grants. Added before anything stale is removed: services still connected
            // (a broker restart) never see a grant of theirs disappear, even for a moment.
            List<AclBinding> granted = Stream.concat(Stream.of(Service.values()).flatMap(s -> KafkaAccess.bindings(s).stream()),
                    KafkaAccess.gatewayBindings().stream()).toList();
            admin.createAcls(granted).all().get(30, TimeUnit.SECONDS);
            awaitGrantsApplied(admin, granted);
            Set<String> principals = Stream.concat(Stream.of(Service.values()).map(KafkaAccess::principal),
                    Stream.of(KafkaAccess.gatewayPrincipal())).collect(Collectors.toSet());
            List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS).stream()
                    .filter(binding -> principals.contains(binding.entry().principal()) && !granted.contains(binding))
                    .map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not set up Kafka users and ACLs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up Kafka users and ACLs", e);
        }
    }

    /**
     * The controller acknowledges new ACLs before the broker's authorizer has applied them: a client connecting in
     * between would be refused on a topic it may read. Wait until the broker itself lists every grant.
     */
    private static void awaitGrantsApplied(Admin admin, List<AclBinding> granted)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS).containsAll(granted)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the broker did not apply its ACLs in 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** The services may not create each other's topics: all are created here, as the services would. */
    private void createTopics(Admin admin) throws InterruptedException, TimeoutException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = KafkaAccess.topics().stream().filter(topic -> !existing.contains(topic))
                .map(topic -> replicated(new NewTopic(topic, 3, replicationFactor()), Map.of())).toList();
        if (!existing.contains(KafkaAccess.AUDIT_CHECKPOINTS)) {
            // One partition, kept forever: verify reads every checkpoint of a chain (as AuditAutoConfiguration declares it).
            missing = new java.util.ArrayList<>(missing);
            missing.add(replicated(new NewTopic(KafkaAccess.AUDIT_CHECKPOINTS, 1, replicationFactor()), Map.of("retention.ms", "-1")));
        }
        if (!existing.contains(KafkaAccess.TENANTS)) {
            // Compacted: the newest entry of each tenant is kept forever, and every instance reads them all at start.
            missing = new java.util.ArrayList<>(missing);
            missing.add(replicated(new NewTopic(KafkaAccess.TENANTS, 1, replicationFactor()), Map.of("cleanup.policy", "compact")));
        }
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
    }

    /** As the services' TopicPolicy declares them: min.insync.replicas from the settings, on every topic. */
    private NewTopic replicated(NewTopic topic, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put("min.insync.replicas", Integer.toString(settings.kafkaMinInsyncReplicas()));
        return topic.configs(all);
    }

    /** One broker keeps the folder it always had; the nodes of a cluster have one each. */
    private Path nodeHome(int node) {
        return settings.kafkaBrokers() == 1 ? home : home.resolve("node-" + node);
    }

    private String processName(int node) {
        return settings.kafkaBrokers() == 1 ? "kafka" : "kafka-" + node;
    }

    private Path logFile(int node) {
        return settings.dataDir().resolve("logs/" + processName(node) + ".log");
    }

    private Path writeConfig(int node) throws IOException {
        Path nodeHome = nodeHome(node);
        Files.createDirectories(nodeHome.resolve("data"));
        Path config = nodeHome.resolve("server.properties");
        String voters = java.util.stream.IntStream.rangeClosed(1, settings.kafkaBrokers())
                .mapToObj(voter -> voter + "@127.0.0.1:" + settings.kafkaControllerPort(voter))
                .collect(Collectors.joining(","));
        int replicas = settings.kafkaReplicationFactor();
        int minInsync = settings.kafkaMinInsyncReplicas();
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + node,
                "controller.quorum.voters=" + voters,
                "listeners=CLIENT://127.0.0.1:" + settings.kafkaPort(node) + ",CONTROLLER://127.0.0.1:" + settings.kafkaControllerPort(node),
                "advertised.listeners=CLIENT://127.0.0.1:" + settings.kafkaPort(node),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,CLIENT:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.client.scram-sha-512.sasl.jaas.config="
                        + jaas("org.apache.kafka.common.security.scram.ScramLoginModule", KafkaCredentials.ADMIN, credentials.admin(), ""),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config="
                        + jaas("org.apache.kafka.common.security.plain.PlainLoginModule", KafkaCredentials.ADMIN, credentials.admin(),
                                " user_" + KafkaCredentials.ADMIN + "=\"" + credentials.admin() + "\""),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + KafkaCredentials.ADMIN,
                "allow.everyone.if.no.acl.found=false",
                "log.dirs=" + nodeHome.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minInsync,
                "offsets.topic.replication.factor=" + replicas,
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInsync,
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minInsync,
                "group.initial.rebalance.delay.ms=0",
                ""));
        return config;
    }

    private void writeLogConfig() throws IOException {
        Files.createDirectories(home);
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
    }

    private void format(int node, Path config) throws IOException {
        // The nodes of one cluster share its id: the first formatted draws it, the others read it.
        Path clusterIdFile = home.resolve("cluster.id");
        boolean formattedBefore = java.util.stream.IntStream.rangeClosed(1, settings.kafkaBrokers())
                .anyMatch(other -> other != node && Files.exists(nodeHome(other).resolve("data/meta.properties")));
        String clusterId = formattedBefore && Files.exists(clusterIdFile) ? Files.readString(clusterIdFile).trim() : clusterId();
        Files.writeString(clusterIdFile, clusterId);
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-cp", classpath,
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(),
                "--add-scram", "SCRAM-SHA-512=[name=" + KafkaCredentials.ADMIN + ",password=" + credentials.admin() + "]")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(node).toFile()));
        Files.createDirectories(settings.dataDir().resolve("logs"));
        try {
            Process format = builder.start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed; see " + logFile(node));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /**
     * Kafka cluster ids are 16 random bytes, URL-safe base64 without padding; never starting with '-', which the
     * storage tool would read as an option (one start in 64 failed so), as Kafka's own Uuid.randomUuid avoids.
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = new HashMap<>(adminConfig());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            for (ManagedProcess process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(process.name() + " exited during start-up:\n" + process.tail(30));
                }
            }
            try (Admin admin = Admin.create(config)) {
                // Every broker registered: topics created before would have fewer replicas than asked.
                if (admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() == processes.size()) {
                    return;
                }
                pause();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        throw new IllegalStateException("Kafka did not become ready in " + timeout.toSeconds() + " s:\n"
                + processes.get(processes.size() - 1).tail(30));
    }

    private static String jaas(String module, String user, String password, String more) {
        return module + " required username=\"" + user + "\" password=\"" + password + "\"" + more + ";";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
