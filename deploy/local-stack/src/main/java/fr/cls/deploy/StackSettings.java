package fr.cls.deploy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Where and how the stack runs. {@link #fromEnvironment(Path)} gives the local defaults (fixed ports, data under
 * {@code .local-stack/}); tests build their own with free ports and a private database prefix.
 *
 * @param databasePrefix databases are {@code <prefix>_contract}, {@code <prefix>_funding}, ...
 * @param dbUser the owner role the migrations run as ({@code CLS_DB_OWNER_USER}); the services connect as the
 *        application role ({@code CLS_DB_USER}), which row-level security binds
 * @param appUser the login role every service connects as when set ({@code CLS_DB_USER}); blank: each its own,
 *        {@link #appUser(Service)} (created by the migrations)
 * @param appPassword the roles' password when set ({@code CLS_DB_PASSWORD}); blank: the role's name, a local-only
 *        password (the services have no default; the tests use the same)
 * @param kafkaPort the first broker's client port; the other brokers of a cluster take the next even ports
 * @param kafkaControllerPort the first broker's controller port; the others take the next odd ports
 * @param kafkaBrokers how many brokers ({@code CLS_KAFKA_BROKERS}): 1, or a cluster that survives a broker's loss
 * @param consolePort the agents' web console ({@code CLS_CONSOLE_PORT}, 8070); 0: no console (the system tests)
 * @param smtpPort the local SMTP server (GreenMail) notification-service sends through
 * @param mailApiPort GreenMail's HTTP API, where the emails sent can be read
 * @param zipkinPort the trace viewer (Zipkin server) the applications send their spans to; 0: no viewer, no export
 * @param servicePorts each service's first instance's port; instance {@code i} (1-based) listens on that port
 *        {@code + 100 * (i - 1)}: contract-service 8081, 8181, 8281...
 * @param replicas how many instances of each service ({@code CLS_REPLICAS}, 1 to {@link #MAX_REPLICAS}); the
 *        gateway balances between them
 */
public record StackSettings(
        Path repoRoot,
        Path dataDir,
        String dbHost,
        int dbPort,
        String dbUser,
        String dbPassword,
        String appUser,
        String appPassword,
        String databasePrefix,
        int kafkaPort,
        int kafkaControllerPort,
        int kafkaBrokers,
        int gatewayPort,
        int identityProviderPort,
        int portalPort,
        int consolePort,
        int smtpPort,
        int mailApiPort,
        int zipkinPort,
        Map<Service, Integer> servicePorts,
        Map<Service, Integer> replicas,
        String javaOptions) {

    /** Nine instances at most: a tenth would take 9081-9084, too close to the other ports of the stack. */
    public static final int MAX_REPLICAS = 9;
    /** Instance {@code i}'s port is its service's first port plus {@code 100 * (i - 1)}. */
    public static final int REPLICA_PORT_STEP = 100;

    public static StackSettings fromEnvironment(Path repoRoot) {
        return fromEnvironment(repoRoot, System.getenv());
    }

    /**
     * The variables mean what they mean to the services (README, Configuration): {@code CLS_DB_OWNER_*} is the
     * schema owner, {@code CLS_DB_USER}/{@code CLS_DB_PASSWORD} the application role.
     */
    static StackSettings fromEnvironment(Path repoRoot, Map<String, String> environment) {
        BinaryOperator<String> env = (name, fallback) -> {
            String value = environment.get(name);
            return value == null || value.isBlank() ? fallback : value;
        };
        return new StackSettings(
                repoRoot,
                Path.of(env.apply("CLS_STACK_DIR", repoRoot.resolve(".local-stack").toString())),
                env.apply("CLS_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env.apply("CLS_DB_PORT", "5432")),
                env.apply("CLS_DB_OWNER_USER", "postgres"),
                env.apply("CLS_DB_OWNER_PASSWORD", ""),
                env.apply("CLS_DB_USER", ""),
                env.apply("CLS_DB_PASSWORD", ""),
                env.apply("CLS_DB_PREFIX", "cls"),
                Integer.parseInt(env.apply("CLS_KAFKA_PORT", "9092")),
                Integer.parseInt(env.apply("CLS_KAFKA_CONTROLLER_PORT", "9093")),
                Integer.parseInt(env.apply("CLS_KAFKA_BROKERS", "1")),
                Integer.parseInt(env.apply("CLS_GATEWAY_PORT", "8080")),
                Integer.parseInt(env.apply("CLS_IDP_PORT", "9000")),
                Integer.parseInt(env.apply("CLS_PORTAL_PORT", "8090")),
                Integer.parseInt(env.apply("CLS_CONSOLE_PORT", "8070")),
                Integer.parseInt(env.apply("CLS_SMTP_PORT", "3025")),
                Integer.parseInt(env.apply("CLS_MAIL_API_PORT", "8025")),
                Integer.parseInt(env.apply("CLS_ZIPKIN_PORT", "9411")),
                Map.of(Service.CONTRACT, 8081, Service.FUNDING, 8082, Service.GOVERNANCE, 8083, Service.NOTIFICATION, 8084),
                sameReplicas(Integer.parseInt(env.apply("CLS_REPLICAS", "1").trim())),
                env.apply("CLS_JAVA_OPTS", defaultJavaOptions(Runtime.version().feature())));
    }

    /**
     * Sized for a laptop running the whole stack (docs/benchmarks.md, "Memory"): a 256 MiB heap is three times what
     * a service holds under load; the serial collector has the smallest footprint; compact object headers (JDK 25)
     * make every object 4 bytes smaller.
     */
    static String defaultJavaOptions(int javaFeatureVersion) {
        String options = "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m";
        return javaFeatureVersion >= 25 ? options + " -XX:+UseCompactObjectHeaders" : options;
    }

    public StackSettings {
        if (kafkaBrokers < 1) {
            throw new IllegalArgumentException("CLS_KAFKA_BROKERS must be at least 1, not " + kafkaBrokers);
        }
        replicas = Map.copyOf(replicas);
        for (Service service : Service.values()) {
            int count = replicas.getOrDefault(service, 0);
            if (count < 1 || count > MAX_REPLICAS) {
                throw new IllegalArgumentException("CLS_REPLICAS must be between 1 and " + MAX_REPLICAS + ", not " + count
                        + " (" + service.module() + ")");
            }
        }
    }

    /** The same number of instances of every service. */
    public static Map<Service, Integer> sameReplicas(int count) {
        Map<Service, Integer> replicas = new java.util.EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            replicas.put(service, count);
        }
        return replicas;
    }

    public StackSettings withDatabase(String host, int port) {
        return new StackSettings(repoRoot, dataDir, host, port, dbUser, dbPassword, appUser, appPassword, databasePrefix, kafkaPort,
                kafkaControllerPort, kafkaBrokers, gatewayPort, identityProviderPort, portalPort, consolePort, smtpPort, mailApiPort, zipkinPort,
                servicePorts, replicas, javaOptions);
    }

    /** The service's own login role: cls_contract_app, cls_funding_app... unless CLS_DB_USER names one for all. */
    public String appUser(Service service) {
        return appUser.isBlank() ? "cls_" + service.databaseSuffix() + "_app" : appUser;
    }

    public String appPassword(Service service) {
        return appPassword.isBlank() ? appUser(service) : appPassword;
    }

    /** A service's database variables: its own role, never the owner's credentials. */
    public Map<String, String> serviceDatabaseEnvironment(Service service) {
        return Map.of("CLS_DB_URL", jdbcUrl(database(service)), "CLS_DB_USER", appUser(service),
                "CLS_DB_PASSWORD", appPassword(service));
    }

    /** Its migration step's: the owner migrates, and creates the service's role with the service's password. */
    public Map<String, String> migrationEnvironment(Service service) {
        Map<String, String> env = new HashMap<>(serviceDatabaseEnvironment(service));
        env.put("CLS_DB_OWNER_USER", dbUser);
        env.put("CLS_DB_OWNER_PASSWORD", dbPassword);
        return env;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }

    public String database(Service service) {
        return databasePrefix + "_" + service.databaseSuffix();
    }

    /** Every broker: a client still finds the cluster when the first one is down. */
    public String kafkaBootstrap() {
        return java.util.stream.IntStream.rangeClosed(1, kafkaBrokers).mapToObj(node -> "127.0.0.1:" + kafkaPort(node))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** Broker {@code node} (1 to {@link #kafkaBrokers}) listens for clients here: 9092, 9094, 9096 by default. */
    public int kafkaPort(int node) {
        return kafkaPort + 2 * (node - 1);
    }

    /** And for its controller quorum here: 9093, 9095, 9097 by default. */
    public int kafkaControllerPort(int node) {
        return kafkaControllerPort + 2 * (node - 1);
    }

    /** Every broker holds a copy of each partition, up to three. */
    public int kafkaReplicationFactor() {
        return Math.min(kafkaBrokers, 3);
    }

    /** A write is acknowledged once all copies but one have it: one broker may die without losing it. */
    public int kafkaMinInsyncReplicas() {
        return Math.max(1, kafkaReplicationFactor() - 1);
    }

    /** What the services get, so the topics they declare are replicated as the stack's. */
    public Map<String, String> kafkaTopicEnvironment() {
        return Map.of("CLS_KAFKA_REPLICATION_FACTOR", Integer.toString(kafkaReplicationFactor()),
                "CLS_KAFKA_MIN_INSYNC_REPLICAS", Integer.toString(kafkaMinInsyncReplicas()));
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** The development OIDC issuer's URL, which the demo tenant directory trusts. */
    public String issuerUrl() {
        return "http://127.0.0.1:" + identityProviderPort;
    }

    /** The simulated funding-submission portal of ARS Auvergne-Rhône-Alpes. */
    public String portalUrl() {
        return "http://127.0.0.1:" + portalPort;
    }

    /** The agents' web console; null when the stack runs without one. */
    public String consoleUrl() {
        return consolePort == 0 ? null : "http://127.0.0.1:" + consolePort;
    }

    /** The local mail server's API (GreenMail): {@code /api/user/<address>/messages/INBOX} lists what a user got. */
    public String mailUrl() {
        return "http://127.0.0.1:" + mailApiPort;
    }

    /** The trace viewer (Zipkin's UI and API); null when the stack runs without one. */
    public String zipkinUrl() {
        return zipkinPort == 0 ? null : "http://127.0.0.1:" + zipkinPort;
    }

    /** The first instance's URL. */
    public String serviceUrl(Service service) {
        return serviceUrl(service, 1);
    }

    public int replicas(Service service) {
        return replicas.get(service);
    }

    /** Instance {@code replica} (1 to {@link #replicas(Service)}) listens here: 8081, 8181, 8281... for contract-service. */
    public int servicePort(Service service, int replica) {
        if (replica < 1 || replica > replicas(service)) {
            throw new IllegalArgumentException(service.module() + " has no instance " + replica);
        }
        return servicePorts.get(service) + REPLICA_PORT_STEP * (replica - 1);
    }

    public String serviceUrl(Service service, int replica) {
        return "http://127.0.0.1:" + servicePort(service, replica);
    }

    /** Every instance's URL, comma-separated: what the gateway balances between ({@code CLS_CONTRACT_URLS}...). */
    public String serviceUrls(Service service) {
        return java.util.stream.IntStream.rangeClosed(1, replicas(service)).mapToObj(replica -> serviceUrl(service, replica))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * The instance's name in process lists, logs and metrics: the module's name for a single instance,
     * {@code contract-service-1}, {@code contract-service-2}... for several.
     */
    public String instanceName(Service service, int replica) {
        return replicas(service) == 1 ? service.module() : service.module() + "-" + replica;
    }
}
