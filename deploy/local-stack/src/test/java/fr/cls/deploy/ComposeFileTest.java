package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so what can be checked without one is checked: pinned
 * images, the applications built from this repository, the variables they are given being ones they read, the
 * databases they use created, and the realm Keycloak imports being the repository's.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of(System.getProperty("cls.repo.root", "../..")).toAbsolutePath().normalize();
    static final List<String> APPLICATIONS = List.of("contract-service", "funding-service", "governance-service",
            "notification-service", "gateway");
    static final Pattern DATABASE = Pattern.compile("(?m)^\\s+database:\\s*(\\S+)\\s*$");

    final Map<String, Map<String, Object>> services = services();

    @Test
    void everyImageIsPinnedToAVersionNeverLatest() {
        services.forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(image).as(name + "'s image").matches("[^:]+:v?[0-9][^:]*").doesNotEndWith(":latest");
        });
    }

    @Test
    void theFiveApplicationsAreBuiltFromTheRepositoryEachFromItsOwnModule() {
        for (String application : APPLICATIONS) {
            Map<String, Object> build = map(services.get(application).get("build"));
            assertThat(ROOT.resolve((String) build.get("dockerfile"))).as(application + "'s Dockerfile").isRegularFile();
            assertThat(map(build.get("args"))).as(application + "'s build args").containsEntry("MODULE", application);
            assertThat(ROOT.resolve(application).resolve("pom.xml")).isRegularFile();
        }
    }

    @Test
    void theConsoleIsBuiltFromItsModuleReadsEverythingItIsGivenAndWaitsForTheGateway() throws IOException {
        Map<String, Object> console = services.get("console");
        assertThat(map(console.get("build")).get("args")).asString().contains("MODULE=console");
        String configuration = Files.readString(ROOT.resolve("console/src/main/resources/application.yml"));
        for (String variable : map(console.get("environment")).keySet()) {
            assertThat(configuration).as("the console is given " + variable + ", which it does not read").contains("${" + variable);
        }
        assertThat(map(console.get("environment"))).containsEntry("CLS_IDP_ISSUER",
                map(services.get("gateway").get("environment")).get("CLS_IDP_ISSUER"));
        assertThat(map(console.get("depends_on"))).containsKeys("gateway", "keycloak");
        assertThat(console.get("healthcheck")).isNotNull();
    }

    @Test
    void everyVariableGivenToAnApplicationIsOneItReads() throws IOException {
        String configuration = applicationConfiguration();
        for (String application : APPLICATIONS) {
            for (String variable : map(services.get(application).get("environment")).keySet()) {
                assertThat(configuration).as(application + " is given " + variable + ", which no configuration reads")
                        .contains("${" + variable);
            }
        }
    }

    @Test
    void everyApplicationSendsItsSpansToTheTraceViewerOfTheStack() {
        assertThat((String) services.get("zipkin").get("image")).startsWith("openzipkin/zipkin:");
        assertThat(services.get("zipkin").get("ports")).asString().contains("9411:9411");
        for (String application : APPLICATIONS) {
            assertThat(map(services.get(application).get("environment"))).as(application + "'s environment")
                    .containsEntry("CLS_ZIPKIN_ENDPOINT", "http://zipkin:9411/api/v2/spans");
        }
    }

    @Test
    void everyServiceWaitsForItsInfrastructureAndReportsItsHealth() {
        for (String application : APPLICATIONS) {
            Map<String, Object> service = services.get(application);
            assertThat(service).as(application).containsKeys("healthcheck", "depends_on");
            assertThat(map(service.get("depends_on"))).as(application + " waits for").containsKey("keycloak");
        }
        for (String application : APPLICATIONS.subList(0, 4)) {
            assertThat(map(services.get(application).get("depends_on"))).as(application + " waits for")
                    .containsKeys("postgres", "kafka-1", "kafka-2", "kafka-3");
        }
    }

    @Test
    void noApplicationContainerGetsTheSchemaOwnersCredentialsOnlyTheMigrationOneShotsDo() {
        for (String application : APPLICATIONS) {
            assertThat(map(services.get(application).get("environment"))).as(application + "'s environment")
                    .doesNotContainKeys("CLS_DB_OWNER_USER", "CLS_DB_OWNER_PASSWORD");
        }
        for (String application : APPLICATIONS.subList(0, 4)) {
            String migration = application.replace("-service", "-migration");
            Map<String, Object> step = services.get(migration);
            assertThat(step).as(migration).isNotNull();
            assertThat(step.get("command")).as(migration + "'s command").isEqualTo(List.of("--cls.migrate-only"));
            assertThat(step.get("image")).as(migration + " runs the service's image").isEqualTo(services.get(application).get("image"));
            assertThat(map(step.get("environment"))).as(migration + "'s environment")
                    .containsKeys("CLS_DB_OWNER_USER", "CLS_DB_OWNER_PASSWORD")
                    .containsEntry("CLS_DB_PASSWORD", map(services.get(application).get("environment")).get("CLS_DB_PASSWORD"));
            assertThat(map(map(services.get(application).get("depends_on")).get(migration))).as(application + " waits for " + migration)
                    .containsEntry("condition", "service_completed_successfully");
        }
    }

    @Test
    void everyServiceConnectsToKafkaAsItsOwnUserWithAPasswordThatHasNoDefault() {
        for (Service service : Service.values()) {
            Map<String, Object> environment = map(services.get(service.module()).get("environment"));
            assertThat(environment).as(service.module())
                    .containsEntry("CLS_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("CLS_KAFKA_USER", service.module());
            assertThat((String) environment.get("CLS_KAFKA_PASSWORD")).as(service.module() + "'s Kafka password")
                    .matches("\\$\\{CLS_KAFKA_[A-Z]+_PASSWORD:\\?[^}]+}");
        }
        for (String broker : BROKERS) {
            Map<String, Object> kafka = map(services.get(broker).get("environment"));
            assertThat(kafka).as(broker).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                    .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                    .containsEntry("KAFKA_SUPER_USERS", "User:admin");
            assertThat((String) kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).as(broker).doesNotContain(":PLAINTEXT");
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    /** Issue 15: three KRaft nodes, one cluster, each a controller voter and a broker, every topic on all three. */
    @Test
    void kafkaIsAClusterOfThreeBrokersWhereEveryTopicHasThreeReplicasAndTwoInSync() throws IOException {
        assertThat(services).doesNotContainKey("kafka");
        List<Map<String, Object>> brokers = BROKERS.stream().map(broker -> map(services.get(broker).get("environment"))).toList();
        assertThat(brokers).extracting(env -> String.valueOf(env.get("KAFKA_NODE_ID"))).containsExactly("1", "2", "3");
        assertThat(brokers).extracting(env -> env.get("CLUSTER_ID")).doesNotContainNull().containsOnly(brokers.get(0).get("CLUSTER_ID"));
        assertThat(brokers).extracting(env -> env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                .containsOnly("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
        for (int node = 0; node < 3; node++) {
            Map<String, Object> env = brokers.get(node);
            assertThat(env).as(BROKERS.get(node))
                    .containsEntry("KAFKA_ADVERTISED_LISTENERS", "CLIENT://" + BROKERS.get(node) + ":9092,INTERNAL://" + BROKERS.get(node) + ":9094");
            assertThat(env).extractingByKeys("KAFKA_DEFAULT_REPLICATION_FACTOR", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                    "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").as(BROKERS.get(node)).map(String::valueOf).containsOnly("3");
            assertThat(env).extractingByKeys("KAFKA_MIN_INSYNC_REPLICAS", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")
                    .as(BROKERS.get(node)).map(String::valueOf).containsOnly("2");
            assertThat(services.get(BROKERS.get(node))).as(BROKERS.get(node)).containsKey("healthcheck")
                    .containsEntry("image", "apache/kafka:4.1.2");
            assertThat(((List<?>) services.get(BROKERS.get(node)).get("volumes")).stream().map(String::valueOf).toList()).as("a volume of its own")
                    .containsExactly("kafkadata-" + (node + 1) + ":/var/lib/kafka/data");
        }
        for (Service service : Service.values()) {
            assertThat(map(services.get(service.module()).get("environment"))).as(service.module())
                    .containsEntry("CLS_KAFKA_BOOTSTRAP", "kafka-1:9092,kafka-2:9092,kafka-3:9092")
                    .containsEntry("CLS_KAFKA_REPLICATION_FACTOR", "3")
                    .containsEntry("CLS_KAFKA_MIN_INSYNC_REPLICAS", "2");
        }
        assertThat(map(services.get("kafka-setup").get("depends_on"))).containsKeys(BROKERS.toArray(String[]::new));
        String script = Files.readString(ROOT.resolve("deploy/docker/kafka-setup.sh"));
        assertThat(script).contains("REPLICATION_FACTOR=${CLS_KAFKA_REPLICATION_FACTOR:-3}",
                "MIN_INSYNC_REPLICAS=${CLS_KAFKA_MIN_INSYNC_REPLICAS:-2}", "BOOTSTRAP=kafka-1:9094,kafka-2:9094,kafka-3:9094");
        assertThat(script).doesNotContain("--replication-factor 1");
        assertThat(occurrences(script, "--replication-factor \"$REPLICATION_FACTOR\""))
                .as("every topic creation names the replication").isEqualTo(occurrences(script, "--create")).isEqualTo(3);
    }

    /** The compose set-up script grants what the local stack's broker grants, service by service. */
    @Test
    void theKafkaSetupGrantsEachServiceTheTopicsOfTheLocalStack() throws IOException {
        String script = Files.readString(ROOT.resolve("deploy/docker/kafka-setup.sh"));
        for (Service service : Service.values()) {
            Matcher line = Pattern.compile("(?m)^service " + Pattern.quote(service.module())
                    + " \"\\$[A-Z_]+\" \"([^\"]*)\" \"([^\"]*)\"$").matcher(script);
            assertThat(line.find()).as("kafka-setup.sh sets up " + service.module()).isTrue();
            assertThat(words(line.group(1))).as(service.module() + " produces").isEqualTo(service.produces());
            assertThat(words(line.group(2))).as(service.module() + " consumes").isEqualTo(service.consumes());
        }
    }

    @Test
    void theDatabaseOfEveryServiceIsCreatedByTheInitScript() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/docker/postgres-init.sql"));
        for (String application : APPLICATIONS.subList(0, 4)) {
            Matcher database = DATABASE.matcher(Files.readString(
                    ROOT.resolve(application).resolve("src/main/resources/application.yml")));
            assertThat(database.find()).as(application + " names its database").isTrue();
            assertThat(init).as("the init script creates " + database.group(1))
                    .containsIgnoringCase("CREATE DATABASE " + database.group(1) + ";");
        }
    }

    @Test
    void keycloakImportsTheRealmOfTheRepositoryWhoseIssuerTheApplicationsTrust() throws IOException {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) services.get("keycloak").get("volumes");
        Path realmFile = ROOT.resolve(volumes.get(0).split(":")[0]);
        JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
        String issuer = (String) map(services.get("gateway").get("environment")).get("CLS_IDP_ISSUER");

        assertThat(issuer).endsWith("/realms/" + realm.get("realm").asText());
        assertThat(realm.get("users")).as("demo users").isNotEmpty();
    }

    private static Map<String, Map<String, Object>> services() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
            return services;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read docker-compose.yml under " + ROOT, e);
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** Every application.yml and the platform's shared configuration, where the variables are read. */
    private static String applicationConfiguration() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(ROOT, 6)) {
            for (Path file : files.filter(f -> f.toString().contains("src/main/resources"))
                    .filter(f -> f.getFileName().toString().endsWith(".yml")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
