package fr.cls.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack: PostgreSQL (databases created if missing), a Kafka broker, the four services, then the
 * gateway, each its own process with its log under {@code <data dir>/logs}. {@link #main} is the README's run
 * command; the system tests drive the same class.
 */
public class LocalStack implements AutoCloseable {

    /** Longer on a crowded machine: {@code -Dcls.stack.health-timeout=PT10M}. */
    private static final Duration HEALTH_TIMEOUT = Duration.parse(System.getProperty("cls.stack.health-timeout", "PT240S"));
    private static final String IDENTITY_PROVIDER = "identity-provider";
    private static final String PORTAL = "simulated-portal";
    private static final String CONSOLE = "console";
    private static final String MAIL = "mail-server";
    private static final String TRACES = "trace-viewer";
    /** The simulated portal's webhook secret (a demo value, as its client secret "demo" is). */
    private static final String PORTAL_WEBHOOK_SECRET = "whsec_c2ltdWxhdGVkLXBvcnRhbC1kZW1vLXNlY3JldA==";

    private StackSettings settings;
    private final String javaCommand;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();
    private final Map<String, String> extraServiceEnvironment = new HashMap<>();
    private int mailMaxMessages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.javaCommand = ProcessHandle.current().info().command().orElse("java");
        this.postgres = new PostgresServer(settings);
        this.kafka = new KafkaBroker(settings, javaCommand, kafkaClasspath(settings.repoRoot()));
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        long started = System.nanoTime();
        LocalStack stack = new LocalStack(StackSettings.fromEnvironment(root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the CLS platform...");
            stack.close();
            stopped.countDown();
        }, "stop-stack"));
        try {
            stack.start();
            stack.loadDemoData();
        } catch (RuntimeException e) {
            System.err.println("\nThe stack could not start: " + e.getMessage());
            System.exit(1);
        }
        StackSettings s = stack.settings();
        System.out.printf("""

                CLS platform is up (%d s).
                  Console     %s
                  Gateway     %s
                  Services    %s
                  Swagger UI  %s/swagger-ui.html
                  Portal      %s (a simulated funding-submission portal of ARS ARA)
                  Mail        %s (GreenMail: SMTP on port %d; emails of a user at /api/user/<address>/messages/INBOX)
                  Issuer      %s (demo users and clients: deploy/identity-provider/README.md; password/secret "demo")
                  Traces      %s
                  Token       curl -s -u agent.paca:demo -d grant_type=client_credentials %s/oauth2/token
                  Logs        %s
                  Data        %s (kept between runs; delete it to start afresh)
                Press Ctrl-C to stop.
                %n""", Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                s.consoleUrl() == null ? "none (CLS_CONSOLE_PORT=0)" : s.consoleUrl() + " (the agents' web console; log in as agent.paca / demo)",
                s.gatewayUrl(), serviceList(s), s.gatewayUrl(), s.portalUrl(),
                s.mailUrl(), s.smtpPort(), s.issuerUrl(),
                s.zipkinUrl() == null ? "none (CLS_ZIPKIN_PORT=0)" : s.zipkinUrl() + " (Zipkin: one trace per request, gateway to consumers)",
                s.issuerUrl(),
                s.dataDir().resolve("logs"), s.dataDir());
        stopped.await();
    }

    /** Each instance's URL, one service a line: what the gateway balances between. */
    private static String serviceList(StackSettings s) {
        StringBuilder list = new StringBuilder();
        for (Service service : Service.values()) {
            if (!list.isEmpty()) {
                list.append("\n              ");
            }
            list.append(String.format("%-21s %s", service.module(), s.serviceUrls(service).replace(",", " ")));
        }
        return list.toString();
    }

    public StackSettings settings() {
        return settings;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public String issuerUrl() {
        return settings.issuerUrl();
    }

    public void start() {
        System.out.println("Starting the CLS platform from " + settings.repoRoot());
        checkJars();
        settings = postgres.ensureRunning();
        postgres.createDatabases(databases());
        System.out.println("  Kafka: starting " + (settings.kafkaBrokers() == 1 ? "a KRaft broker" : settings.kafkaBrokers() + " KRaft brokers")
                + " on " + settings.kafkaBootstrap() + " (SASL/SCRAM, ACLs)");
        // The migrations need only PostgreSQL: they run while the broker starts.
        Map<String, ManagedProcess> migrations = startMigrations();
        kafka.start();
        awaitMigrations(migrations);
        // Every process at once (each waits for nothing at start-up: the issuer's keys and the services are reached
        // on first use), so that a slow one overlaps the others instead of following them; then each is awaited.
        startMailServer();
        startTraceViewer();
        startProcess(IDENTITY_PROVIDER, "deploy/identity-provider", settings.identityProviderPort(), identityProviderEnvironment());
        for (Service service : Service.values()) {
            for (int replica = 1; replica <= settings.replicas(service); replica++) {
                startProcess(settings.instanceName(service, replica), service.module(), settings.servicePort(service, replica),
                        instanceEnvironment(service, replica));
            }
        }
        startProcess("gateway", "gateway", settings.gatewayPort(), gatewayEnvironment());
        startProcess(PORTAL, "deploy/simulated-portal", settings.portalPort(), Map.of(
                "PORTAL_GATEWAY_URL", settings.gatewayUrl(),
                "PORTAL_TOKEN_URL", settings.issuerUrl() + "/oauth2/token",
                "PORTAL_CLIENT_ID", "portal-ars-ara",
                "PORTAL_POLL_INTERVAL", "PT2S",
                "PORTAL_WEBHOOK_SECRET", PORTAL_WEBHOOK_SECRET));
        awaitReady(MAIL, URI.create(settings.mailUrl() + "/api/service/readiness"));
        if (settings.zipkinUrl() != null) {
            awaitReady(TRACES, URI.create(settings.zipkinUrl() + "/health"));
        }
        awaitHealthy(IDENTITY_PROVIDER, settings.issuerUrl());
        for (Service service : Service.values()) {
            for (int replica = 1; replica <= settings.replicas(service); replica++) {
                awaitHealthy(settings.instanceName(service, replica), settings.serviceUrl(service, replica));
            }
        }
        awaitHealthy("gateway", settings.gatewayUrl());
        awaitHealthy(PORTAL, settings.portalUrl());
        connectPortalWebhook();
        if (settings.consoleUrl() != null) {
            // It reads the issuer's discovery document at start-up and calls only the gateway: both are up by now.
            startProcess(CONSOLE, "console", settings.consolePort(), Map.of("CLS_GATEWAY_URL", settings.gatewayUrl()));
            awaitHealthy(CONSOLE, settings.consoleUrl());
        }
    }

    /** The portal hears of its dossiers by signed webhook (the change feed is its safety net). */
    private void connectPortalWebhook() {
        DemoData api = new DemoData(settings.gatewayUrl(), settings.issuerUrl());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                api.connectPortal(settings.portalUrl() + "/webhooks", PORTAL_WEBHOOK_SECRET);
                System.out.println("  " + PORTAL + ": webhook registered for ars-ara's funding events");
                return;
            } catch (IOException | RuntimeException e) {
                // The gateway's circuit breaker may still be warming up; a real refusal shows after the deadline.
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not register the portal's webhook: " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while registering the portal's webhook", e);
            }
            pause();
        }
    }

    /**
     * The demo contracts, through the gateway as the demo users; skipped with CLS_DEMO_DATA=false. A refusal is
     * printed, not thrown: the stack stays up for the newcomer, who sees why.
     */
    public void loadDemoData() {
        if ("false".equalsIgnoreCase(System.getenv("CLS_DEMO_DATA"))) {
            return;
        }
        try {
            int added = addDemoData();
            System.out.println("  demo data: " + (added == 0 ? "already there" : added + " contracts added"));
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("  demo data not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return how many demo contracts were added (none when they are all there already) */
    public int addDemoData() throws java.io.IOException, InterruptedException {
        return new DemoData(settings.gatewayUrl(), settings.issuerUrl()).load();
    }

    /** Pids of the running processes by name, for measurements. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    public List<String> databases() {
        return Arrays.stream(Service.values()).map(settings::database).toList();
    }

    public void dropDatabases() {
        postgres.dropDatabases(databases());
    }

    @Override
    public void close() {
        List<String> names = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(names);
        // All told at once, then awaited: they stop side by side. A JVM recording its AOT cache is given the time to
        // write it (the cache is what makes the next start fast).
        names.forEach(name -> services.get(name).signalStop());
        for (String name : names) {
            ManagedProcess process = services.get(name);
            process.awaitStop(process.recordsAotCache() ? Duration.ofMinutes(4) : Duration.ofSeconds(30));
        }
        services.clear();
        kafka.stop();
        postgres.stopPrivate();
    }

    /**
     * A real SMTP server for the notification emails, readable over HTTP; sends nothing anywhere. GreenMail keeps
     * emails in memory: BoundedMailServer keeps the newest CLS_MAIL_MAX_MESSAGES of them (default 5,000), so the
     * stack survives its own load tests (plain GreenMail ran out of its 128 MB after about 25,000 emails).
     */
    private void startMailServer() {
        String classpath = mailServerJar() + java.io.File.pathSeparator
                + settings.repoRoot().resolve("deploy/local-stack/target/classes");
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx128m",
                "-Dcls.mail.max-messages=" + mailMaxMessages(),
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + settings.smtpPort(),
                "-Dgreenmail.auth.disabled", "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + settings.mailApiPort(), "-cp", classpath,
                // By name: the launcher's own class path has no GreenMail.
                "fr.cls.deploy.mail.BoundedMailServer"));
        ManagedProcess process = new ManagedProcess(MAIL, command, Map.of(), settings.dataDir().resolve("logs/" + MAIL + ".log"));
        System.out.println("  " + MAIL + ": SMTP on port " + settings.smtpPort() + ", API on " + settings.mailUrl());
        process.start();
        services.put(MAIL, process);
    }

    /** Zipkin with in-memory storage: the spans of the applications, viewable in a browser; gone at stop. */
    private void startTraceViewer() {
        if (settings.zipkinUrl() == null) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx256m", "-jar", zipkinServerJar().toString()));
        Map<String, String> env = Map.of("STORAGE_TYPE", "mem", "QUERY_PORT", Integer.toString(settings.zipkinPort()),
                "MEM_MAX_SPANS", "200000");
        ManagedProcess process = new ManagedProcess(TRACES, command, env, settings.dataDir().resolve("logs/" + TRACES + ".log"));
        System.out.println("  " + TRACES + ": Zipkin on " + settings.zipkinUrl());
        process.start();
        services.put(TRACES, process);
    }

    private void startProcess(String name, String module, int port, Map<String, String> environment) {
        Path jar = jar(module);
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(Arrays.asList(settings.javaOptions().trim().split("\\s+")));
        AotCache.Launch launch = AotCache.prepare(javaCommand, jar, jar.getParent().resolve("aot"),
                AotCache.enabled(System.getenv("CLS_AOT_CACHE"), Runtime.version().feature()));
        command.addAll(launch.options());
        command.addAll(List.of("-jar", launch.jar().toString()));
        Map<String, String> env = new HashMap<>(environment);
        // glibc's malloc keeps an arena per thread that allocated: two are enough for a JVM and cost tens of MiB less.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("CLS_IDP_ISSUER", settings.issuerUrl());
        if (settings.zipkinUrl() != null) {
            env.put("CLS_ZIPKIN_ENDPOINT", settings.zipkinUrl() + "/api/v2/spans");
        }
        ManagedProcess process = new ManagedProcess(name, command, env, settings.dataDir().resolve("logs/" + name + ".log"));
        System.out.println("  " + name + ": starting on port " + port);
        process.start();
        services.put(name, process);
    }

    /**
     * Extra variables for every service instance (not the gateway), e.g. a shorter
     * {@code CLS_IDEMPOTENCY_INPROGRESSTIMEOUT} for a test; call before {@link #start()}.
     */
    public LocalStack withServiceEnvironment(Map<String, String> environment) {
        extraServiceEnvironment.putAll(environment);
        return this;
    }

    /** Keeps this many emails rather than CLS_MAIL_MAX_MESSAGES' (a test that counts every email); before {@link #start()}. */
    public LocalStack withMailMaxMessages(int max) {
        this.mailMaxMessages = max;
        return this;
    }

    /** Each instance names itself in its logs (ECS service.node.name) and metrics (tag {@code replica}). */
    private Map<String, String> instanceEnvironment(Service service, int replica) {
        Map<String, String> env = new HashMap<>(serviceEnvironment(service));
        String instance = settings.instanceName(service, replica);
        env.put("LOGGING_STRUCTURED_ECS_SERVICE_NODENAME", instance);
        env.put("MANAGEMENT_METRICS_TAGS_REPLICA", instance);
        env.putAll(extraServiceEnvironment);
        return env;
    }

    /** Migrations run as the owner role; the service itself connects as its application role (its default). */
    private Map<String, String> serviceEnvironment(Service service) {
        if (service == Service.FUNDING) {
            Map<String, String> env = new HashMap<>(baseEnvironment(service));
            env.put("SPRING_APPLICATION_JSON", "{\"cls\":{\"funding\":{\"portal\":{\"status-urls\":{\"ars-ara\":\""
                    + settings.portalUrl() + "/dossiers\"}}}}}");
            env.put("CLS_OUTBOUND_ALLOWED_HOSTS", portalHost());
            return env;
        }
        if (service == Service.NOTIFICATION) {
            Map<String, String> env = new HashMap<>(baseEnvironment(service));
            env.put("CLS_SMTP_HOST", "127.0.0.1");
            env.put("CLS_SMTP_PORT", Integer.toString(settings.smtpPort()));
            // The demo users are subscribed from the start, so the README's walk-through sends emails.
            env.put("CLS_NOTIFICATIONS_DEMO_SEED", "true");
            // The walk-through registers the simulated portal's webhook callback.
            env.put("CLS_OUTBOUND_ALLOWED_HOSTS", portalHost());
            return env;
        }
        return baseEnvironment(service);
    }

    /** Outbound calls reach public addresses only; the simulated portal on this machine is allowed by name. */
    private String portalHost() {
        return URI.create(settings.portalUrl()).getHost();
    }

    private Map<String, String> baseEnvironment(Service service) {
        Map<String, String> env = new HashMap<>(settings.serviceDatabaseEnvironment(service));
        env.put("CLS_KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        env.putAll(settings.kafkaTopicEnvironment());
        // Its own Kafka user, which the broker's ACLs bind to its own topics and groups.
        env.put("CLS_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("CLS_KAFKA_USER", service.module());
        env.put("CLS_KAFKA_PASSWORD", kafka.password(service));
        env.putAll(AuditKeyFile.environment(settings.dataDir(), System.getenv()));
        // The local identity provider answers on plain http: tenants added through the API may name it.
        env.put("CLS_HTTP_ISSUERS_ALLOWED", "true");
        return env;
    }

    /** Each service's jar with --cls.migrate-only, one after the other, before any service starts. */
    /** The four databases at once, each by its service's jar in migrate-only mode. */
    private Map<String, ManagedProcess> startMigrations() {
        Map<String, ManagedProcess> migrations = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            String name = service.module() + "-migration";
            Path jar = jar(service.module());
            AotCache.Launch launch = AotCache.prepare(javaCommand, jar, jar.getParent().resolve("aot"),
                    AotCache.enabled(System.getenv("CLS_AOT_CACHE"), Runtime.version().feature())).withoutRecording();
            List<String> command = new ArrayList<>();
            command.add(javaCommand);
            command.addAll(Arrays.asList(settings.javaOptions().trim().split("\\s+")));
            command.add("-XX:TieredStopAtLevel=1");
            command.addAll(launch.options());
            command.addAll(List.of("-jar", launch.jar().toString(), "--cls.migrate-only"));
            ManagedProcess process = new ManagedProcess(name, command, settings.migrationEnvironment(service),
                    settings.dataDir().resolve("logs/" + name + ".log"));
            System.out.println("  " + name + ": migrating " + settings.database(service) + " as " + settings.dbUser());
            process.start();
            migrations.put(name, process);
        }
        return migrations;
    }

    private static void awaitMigrations(Map<String, ManagedProcess> migrations) {
        migrations.forEach((name, process) -> {
            int status = process.waitFor(Duration.ofMinutes(3));
            if (status != 0) {
                throw new IllegalStateException(name + " failed (exit " + status + "); end of " + process.logFile() + ":\n"
                        + process.tail(20));
            }
        });
    }

    /** The signing key is kept in the data folder, so tokens stay valid across restarts of the stack. */
    private Map<String, String> identityProviderEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("CLS_IDP_KEY_FILE", settings.dataDir().resolve("identity-provider/jwk.json").toString());
        if (settings.consoleUrl() != null && settings.consolePort() != 8070) {
            // The issuer registers the console's default address only; a console elsewhere (a system test) is named.
            env.put("CLS_IDP_BROWSER_REDIRECTS", settings.consoleUrl() + "/login/oauth2/code/cls");
            env.put("CLS_IDP_POST_LOGOUT_REDIRECTS", settings.consoleUrl() + "/au-revoir");
        }
        return env;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new HashMap<>();
        for (Service service : Service.values()) {
            env.put(service.gatewayVariable(), settings.serviceUrl(service));
            if (settings.replicas(service) > 1) {
                env.put(service.gatewayReplicasVariable(), settings.serviceUrls(service));
            }
        }
        // The tenant directory's changes (operators' API), read as the gateway's own Kafka user.
        env.put("CLS_KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        env.put("CLS_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("CLS_KAFKA_USER", KafkaCredentials.GATEWAY);
        env.put("CLS_KAFKA_PASSWORD", kafka.gatewayPassword());
        return env;
    }

    private void awaitHealthy(String name, String baseUrl) {
        awaitReady(name, URI.create(baseUrl + "/actuator/health/readiness"));
    }

    private void awaitReady(String name, URI readiness) {
        ManagedProcess process = services.get(name);
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; end of " + process.logFile() + ":\n"
                        + process.tail(20));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    System.out.println("  " + name + ": healthy");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " not healthy after " + HEALTH_TIMEOUT.toSeconds() + " s; see "
                + process.logFile());
    }

    private void checkJars() {
        List<String> missing = new ArrayList<>();
        if (!Files.exists(jar("deploy/identity-provider"))) {
            missing.add("deploy/identity-provider");
        }
        for (Service service : Service.values()) {
            if (!Files.exists(jar(service.module()))) {
                missing.add(service.module());
            }
        }
        if (!Files.exists(jar("gateway"))) {
            missing.add("gateway");
        }
        if (!Files.exists(jar("deploy/simulated-portal"))) {
            missing.add("deploy/simulated-portal");
        }
        if (settings.consoleUrl() != null && !Files.exists(jar("console"))) {
            missing.add("console");
        }
        if (!Files.exists(mailServerJar())) {
            missing.add("deploy/local-stack (its copy of the GreenMail server)");
        }
        if (settings.zipkinUrl() != null && !Files.exists(zipkinServerJar())) {
            missing.add("deploy/local-stack (its copy of the Zipkin server)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built: " + missing + "; run ./mvnw -DskipTests package first "
                    + "(deploy/run-local.sh does it)");
        }
    }

    private String mailMaxMessages() {
        if (mailMaxMessages > 0) {
            return Integer.toString(mailMaxMessages);
        }
        String value = System.getenv("CLS_MAIL_MAX_MESSAGES");
        return value == null || value.isBlank() ? "5000" : Integer.toString(Integer.parseInt(value.trim()));
    }

    private Path mailServerJar() {
        return settings.repoRoot().resolve("deploy/local-stack/target/mail-server/greenmail-standalone.jar");
    }

    private Path zipkinServerJar() {
        return settings.repoRoot().resolve("deploy/local-stack/target/trace-viewer/zipkin-server.jar");
    }

    private Path jar(String module) {
        Path dir = settings.repoRoot().resolve(module);
        return dir.resolve("target").resolve(dir.getFileName() + ".jar");
    }

    private static String kafkaClasspath(Path repoRoot) {
        Path file = repoRoot.resolve("deploy/local-stack/target/runtime.classpath");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException("missing " + file + "; build deploy/local-stack first (./mvnw -DskipTests package)", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
