package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Prometheus and Grafana files of deploy/observability, checked without running either: they parse, the alerts
 * operators rely on are there, Prometheus scrapes each service's management port, and compose mounts them.
 */
class ObservabilityFilesTest {

    static final Path ROOT = ComposeFileTest.ROOT;
    static final Path OBSERVABILITY = ROOT.resolve("deploy/observability");

    final Map<String, Map<String, Object>> services = new ComposeFileTest().services;

    @Test
    void theAlertRulesParseAndHoldTheAlertsOfTheRunbook() throws IOException {
        Map<String, Object> rules = yaml(OBSERVABILITY.resolve("alert-rules.yml"));

        List<Map<String, Object>> alerts = list(rules.get("groups")).stream()
                .flatMap(group -> list(group.get("rules")).stream()).toList();

        assertThat(alerts).extracting(alert -> alert.get("alert")).contains("OutboxEventOlderThanAMinute",
                "DeadLettersPresent", "ConsumerLagGrowing", "HighErrorRate", "EmailQueueOlderThanFifteenMinutes");
        assertThat(alerts).allSatisfy(alert -> assertThat((String) alert.get("expr")).as(alert.get("alert") + "'s expr").isNotBlank());
        assertThat(Files.readString(ROOT.resolve("docs/operations.md"))).as("every alert has a runbook line")
                .contains(alerts.stream().map(alert -> (String) alert.get("alert")).toArray(String[]::new));
    }

    @Test
    void prometheusScrapesTheManagementPortOfEveryServiceAndLoadsTheRules() throws IOException {
        Map<String, Object> prometheus = yaml(OBSERVABILITY.resolve("prometheus.yml"));
        Map<String, Object> job = list(prometheus.get("scrape_configs")).get(0);
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) list(job.get("static_configs")).get(0).get("targets");

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        for (String service : ComposeFileTest.APPLICATIONS.subList(0, 4)) {
            Object port = map(services.get(service).get("environment")).get("CLS_MANAGEMENT_PORT");
            assertThat(port).as(service + "'s management port").isNotNull().isNotEqualTo(map(services.get(service).get("environment")).get("SERVER_PORT"));
            assertThat(targets).contains(service + ":" + port);
            assertThat(services.get(service)).as(service + " publishes no port").doesNotContainKey("ports");
        }
        assertThat(prometheus.get("rule_files")).isEqualTo(List.of("/etc/prometheus/alert-rules.yml"));
    }

    @Test
    void composeMountsTheFilesOfTheRepositoryIntoPrometheusAndGrafana() throws IOException {
        for (String service : List.of("prometheus", "grafana")) {
            @SuppressWarnings("unchecked")
            List<String> volumes = (List<String>) services.get(service).get("volumes");
            volumes.stream().filter(volume -> volume.startsWith("./")).forEach(volume ->
                    assertThat(ROOT.resolve(volume.split(":")[0])).as(service + " mounts " + volume).exists());
        }
        JsonNode dashboard = new ObjectMapper().readTree(OBSERVABILITY.resolve("grafana/dashboards/cls-operations.json").toFile());
        assertThat(dashboard.get("panels")).isNotEmpty();
        assertThat(dashboard.get("panels").findValuesAsText("uid")).containsOnly("cls-prometheus");
        assertThat(Files.readString(OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml")))
                .contains("uid: cls-prometheus");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
