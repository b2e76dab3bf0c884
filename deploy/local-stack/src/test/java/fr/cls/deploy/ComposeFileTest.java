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
                    .containsKeys("postgres", "kafka");
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
        Map<String, Object> kafka = map(services.get("kafka").get("environment"));
        assertThat(kafka).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:admin");
        assertThat((String) kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).doesNotContain(":PLAINTEXT");
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
