package fr.cls.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how the stack runs. {@link #fromEnvironment(Path)} gives the local defaults (fixed ports, data under
 * {@code .local-stack/}); tests build their own with free ports and a private database prefix.
 *
 * @param databasePrefix databases are {@code <prefix>_contract}, {@code <prefix>_funding}, ...
 * @param dbUser the owner role the migrations run as; the services connect as their own application role
 * @param smtpPort the local SMTP server (GreenMail) notification-service sends through
 * @param mailApiPort GreenMail's HTTP API, where the emails sent can be read
 */
public record StackSettings(
        Path repoRoot,
        Path dataDir,
        String dbHost,
        int dbPort,
        String dbUser,
        String dbPassword,
        String databasePrefix,
        int kafkaPort,
        int kafkaControllerPort,
        int gatewayPort,
        int identityProviderPort,
        int portalPort,
        int smtpPort,
        int mailApiPort,
        Map<Service, Integer> servicePorts,
        String javaOptions) {

    public static StackSettings fromEnvironment(Path repoRoot) {
        return new StackSettings(
                repoRoot,
                Path.of(env("CLS_STACK_DIR", repoRoot.resolve(".local-stack").toString())),
                env("CLS_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("CLS_DB_PORT", "5432")),
                env("CLS_DB_USER", "postgres"),
                env("CLS_DB_PASSWORD", ""),
                env("CLS_DB_PREFIX", "cls"),
                Integer.parseInt(env("CLS_KAFKA_PORT", "9092")),
                Integer.parseInt(env("CLS_KAFKA_CONTROLLER_PORT", "9093")),
                Integer.parseInt(env("CLS_GATEWAY_PORT", "8080")),
                Integer.parseInt(env("CLS_IDP_PORT", "9000")),
                Integer.parseInt(env("CLS_PORTAL_PORT", "8090")),
                Integer.parseInt(env("CLS_SMTP_PORT", "3025")),
                Integer.parseInt(env("CLS_MAIL_API_PORT", "8025")),
                Map.of(Service.CONTRACT, 8081, Service.FUNDING, 8082, Service.GOVERNANCE, 8083, Service.NOTIFICATION, 8084),
                env("CLS_JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseSerialGC"));
    }

    public StackSettings withDatabase(String host, int port) {
        return new StackSettings(repoRoot, dataDir, host, port, dbUser, dbPassword, databasePrefix, kafkaPort,
                kafkaControllerPort, gatewayPort, identityProviderPort, portalPort, smtpPort, mailApiPort, servicePorts, javaOptions);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }

    public String database(Service service) {
        return databasePrefix + "_" + service.databaseSuffix();
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
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

    /** The local mail server's API (GreenMail): {@code /api/user/<address>/messages/INBOX} lists what a user got. */
    public String mailUrl() {
        return "http://127.0.0.1:" + mailApiPort;
    }

    public String serviceUrl(Service service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
