package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s without a cluster: the schema owner's Secret reaches the migration Jobs only, never a service's pods, and
 * each service has its own database Secret and a Job that migrates its database before it.
 */
class KubernetesManifestsTest {

    static final Path K8S = ComposeFileTest.ROOT.resolve("deploy/k8s");
    static final List<String> SERVICES = List.of("contract", "funding", "governance", "notification");
    static final String OWNER_SECRET = "cls-db-owner";

    final List<Map<String, Object>> documents = documents();

    @Test
    void noDeploymentMountsTheOwnersSecretOrNamesTheOwnersVariables() {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments).hasSize(5);
        for (Map<String, Object> deployment : deployments) {
            for (Map<String, Object> container : containers(deployment)) {
                assertThat(secretsOf(container)).as(name(deployment) + "'s Secrets").doesNotContain(OWNER_SECRET);
                assertThat(String.valueOf(container.get("env"))).as(name(deployment) + "'s variables").doesNotContain("CLS_DB_OWNER");
            }
        }
        assertThat(secret(OWNER_SECRET)).as("the owner's Secret holds the owner only").containsOnlyKeys("CLS_DB_OWNER_USER",
                "CLS_DB_OWNER_PASSWORD");
    }

    @Test
    void eachServiceHasItsOwnDatabaseSecretAndAJobThatMigratesAsTheOwner() {
        for (String service : SERVICES) {
            Map<String, Object> deployment = named("Deployment", service + "-service");
            assertThat(secretsOf(containers(deployment).get(0))).as(service + "-service's Secrets").contains("cls-" + service + "-db", "cls-audit", "cls-kafka-" + service + "-service")
                    .doesNotContain(OWNER_SECRET);
            assertThat(secret("cls-" + service + "-db")).containsKey("CLS_DB_PASSWORD").doesNotContainKey("CLS_DB_OWNER_PASSWORD");

            Map<String, Object> job = named("Job", service + "-migration");
            Map<String, Object> container = containers(job).get(0);
            assertThat(container.get("args")).isEqualTo(List.of("--cls.migrate-only"));
            assertThat(container.get("image")).isEqualTo(containers(deployment).get(0).get("image"));
            assertThat(secretsOf(container)).containsExactlyInAnyOrder(OWNER_SECRET, "cls-" + service + "-db");
        }
        assertThat(Files.exists(K8S.resolve("migrations.yaml"))).isTrue();
    }

    @Test
    void eachServiceProbesAndExposesMetricsOnItsManagementPortWhichNoServiceRoutes() {
        for (String service : SERVICES) {
            Map<String, Object> deployment = named("Deployment", service + "-service");
            Map<String, Object> container = containers(deployment).get(0);
            String managementPort = String.valueOf(((List<?>) container.get("ports")).stream().map(p -> map(p))
                    .filter(p -> "management".equals(p.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(service + "-service has no management port")).get("containerPort"));
            assertThat(String.valueOf(container.get("env"))).as(service + "-service's variables")
                    .contains("name=CLS_MANAGEMENT_PORT, value=" + managementPort);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(map(map(container.get(probe)).get("httpGet")).get("port")).as(service + " " + probe)
                        .isEqualTo("management");
            }
            Map<String, Object> annotations = map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                    .get("annotations"));
            assertThat(annotations).containsEntry("prometheus.io/port", managementPort)
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
            assertThat(String.valueOf(map(named("Service", service + "-service").get("spec")).get("ports")))
                    .as("the Service routes the application port only").doesNotContain(managementPort).doesNotContain("management");
        }
    }

    private List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " under deploy/k8s"));
    }

    private Map<String, Object> secret(String name) {
        return map(named("Secret", name).get("stringData"));
    }

    private static String name(Map<String, Object> document) {
        return (String) map(document.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> containers(Map<String, Object> workload) {
        Map<String, Object> pod = map(map(map(workload.get("spec")).get("template")).get("spec"));
        return (List<Map<String, Object>>) pod.get("containers");
    }

    @SuppressWarnings("unchecked")
    private static List<String> secretsOf(Map<String, Object> container) {
        List<Map<String, Object>> sources = (List<Map<String, Object>>) container.getOrDefault("envFrom", List.of());
        return sources.stream().filter(s -> s.containsKey("secretRef")).map(s -> (String) map(s.get("secretRef")).get("name"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents() {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document instanceof Map<?, ?> map) {
                        all.add((Map<String, Object>) map);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + K8S, e);
        }
        return all;
    }
}
