package fr.cls.deploy;

import static fr.cls.deploy.Kustomize.list;
import static fr.cls.deploy.Kustomize.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s without a cluster: both overlays rendered as kustomize renders them, then checked as a reviewer would: the
 * schema owner's Secret reaches the migration Jobs only; every Deployment has measured requests and limits, probes on
 * its management port, a locked-down security context, spread replicas, a disruption budget (and an autoscaler in
 * production); images are pinned; the network admits only the flows the platform needs; services are monitored on
 * their management port; the Ingress serves TLS; PostgreSQL is a replicated, backed-up cluster in production.
 */
class KubernetesManifestsTest {

    static final Path K8S = ComposeFileTest.ROOT.resolve("deploy/k8s");
    static final List<String> SERVICES = List.of("contract", "funding", "governance", "notification");
    static final List<String> APPLICATIONS = List.of("contract-service", "funding-service", "governance-service",
            "notification-service", "gateway", "console");
    static final String OWNER_SECRET = "cls-db-owner";
    static final Map<String, String> POSTGRES = Map.of("cnpg.io/cluster", "cls-postgres");

    final List<Map<String, Object>> prod = Kustomize.render(K8S.resolve("overlays/prod"));
    final List<Map<String, Object>> dev = Kustomize.render(K8S.resolve("overlays/dev"));

    @ParameterizedTest
    @ValueSource(strings = {"prod", "dev"})
    void onlyTheMigrationJobsReadTheOwnersSecret(String overlay) {
        List<Map<String, Object>> documents = rendered(overlay);
        List<Map<String, Object>> workloads = documents.stream().filter(d -> podSpec(d) != null).toList();
        assertThat(workloads).hasSize(10);
        for (Map<String, Object> workload : workloads) {
            boolean migration = "Job".equals(workload.get("kind"));
            for (Map<String, Object> container : containers(workload)) {
                assertThat(secretsOf(container).contains(OWNER_SECRET)).as(Kustomize.id(workload) + " reads the owner's Secret")
                        .isEqualTo(migration);
            }
        }
        // Besides the Jobs, only the database itself knows the owner: CloudNativePG creates the role from it.
        List<String> others = documents.stream().filter(d -> podSpec(d) == null && !"Secret".equals(d.get("kind")))
                .filter(d -> new Yaml().dump(d).contains(OWNER_SECRET)).map(Kustomize::id).toList();
        assertThat(others).containsExactly("Cluster/cls/cls-postgres");
        assertThat(map(map(map(map(named(documents, "Cluster", "cls-postgres").get("spec")).get("bootstrap")).get("initdb"))
                .get("secret")).get("name")).isEqualTo(OWNER_SECRET);
        Map<String, Object> owner = named(documents, "Secret", OWNER_SECRET);
        assertThat(owner.get("type")).isEqualTo("kubernetes.io/basic-auth");
        assertThat(map(owner.get("stringData"))).containsOnlyKeys("username", "password");
    }

    @Test
    void eachServiceHasItsOwnDatabaseSecretAndAJobThatMigratesAsTheOwnerWithTheSameImage() {
        for (String service : SERVICES) {
            Map<String, Object> deployment = named(prod, "Deployment", service + "-service");
            assertThat(secretsOf(containers(deployment).get(0))).as(service + "-service's Secrets")
                    .contains("cls-" + service + "-db", "cls-audit", "cls-kafka-" + service + "-service")
                    .doesNotContain(OWNER_SECRET);
            assertThat(map(named(prod, "Secret", "cls-" + service + "-db").get("stringData"))).containsKey("CLS_DB_PASSWORD")
                    .doesNotContainKey("CLS_DB_OWNER_PASSWORD");

            Map<String, Object> container = containers(named(prod, "Job", service + "-migration")).get(0);
            assertThat(container.get("args")).isEqualTo(List.of("--cls.migrate-only"));
            assertThat(container.get("image")).isEqualTo(containers(deployment).get(0).get("image"));
            assertThat(secretsOf(container)).containsExactlyInAnyOrder(OWNER_SECRET, OWNER_SECRET, "cls-" + service + "-db");
            assertThat(String.valueOf(container.get("env"))).contains("CLS_DB_OWNER_USER", "CLS_DB_OWNER_PASSWORD");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "dev"})
    void everyDeploymentHasResourcesProbesASecurityContextSpreadAndADisruptionBudget(String overlay) {
        List<Map<String, Object>> documents = rendered(overlay);
        assertThat(ofKind(documents, "Deployment")).extracting(KubernetesManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        for (Map<String, Object> deployment : ofKind(documents, "Deployment")) {
            String name = name(deployment);
            Map<String, Object> container = containers(deployment).get(0);
            Map<String, Object> resources = map(container.get("resources"));
            assertThat(map(resources.get("requests"))).as(name + " requests").containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as(name + " limits").containsKeys("cpu", "memory");
            assertThat(mebibytes(map(resources.get("limits")).get("memory")))
                    .isGreaterThan(mebibytes(map(resources.get("requests")).get("memory")));
            String probePort = name.equals("gateway") || name.equals("console") ? "http" : "management";
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(map(map(container.get(probe)).get("httpGet")).get("port")).as(name + " " + probe).isEqualTo(probePort);
            }
            Map<String, Object> security = map(container.get("securityContext"));
            assertThat(security).as(name).containsEntry("runAsNonRoot", true).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
            assertThat(map(security.get("capabilities")).get("drop")).as(name).isEqualTo(List.of("ALL"));
            assertThat(String.valueOf(container.get("image"))).as(name + "'s image").matches("[^:]+:[0-9][^:]*");

            List<?> spread = list(podSpec(deployment).get("topologySpreadConstraints"));
            assertThat(spread).as(name + " spread").extracting(c -> map(c).get("topologyKey"))
                    .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
            for (Object constraint : spread) {
                assertThat(map(map(constraint).get("labelSelector")).get("matchLabels")).isEqualTo(podLabels(deployment, "app.kubernetes.io/name"));
            }

            Map<String, Object> budget = named(documents, "PodDisruptionBudget", name);
            assertThat(map(map(budget.get("spec")).get("selector")).get("matchLabels"))
                    .isEqualTo(map(map(deployment.get("spec")).get("selector")).get("matchLabels"));
        }
    }

    @Test
    void productionAutoscalesEveryDeploymentWhichLeavesItsReplicasToTheAutoscaler() {
        for (String application : APPLICATIONS) {
            Map<String, Object> spec = map(named(prod, "HorizontalPodAutoscaler", application).get("spec"));
            assertThat(map(spec.get("scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name", application);
            assertThat((Integer) spec.get("minReplicas")).isGreaterThanOrEqualTo(2);
            assertThat(map(named(prod, "Deployment", application).get("spec"))).doesNotContainKey("replicas");
            assertThat(map(named(dev, "Deployment", application).get("spec"))).containsEntry("replicas", 1);
        }
        assertThat(ofKind(dev, "HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void eachServiceIsScrapedOnItsManagementPortWhichNoServiceRoutes() {
        for (String service : SERVICES) {
            Map<String, Object> deployment = named(prod, "Deployment", service + "-service");
            Map<String, Object> container = containers(deployment).get(0);
            String managementPort = String.valueOf(port(container, "management"));
            assertThat(String.valueOf(container.get("env"))).contains("name=CLS_MANAGEMENT_PORT, value=" + managementPort);
            Map<String, Object> annotations = map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                    .get("annotations"));
            assertThat(annotations).containsEntry("prometheus.io/port", managementPort)
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
            assertThat(String.valueOf(map(named(prod, "Service", service + "-service").get("spec")).get("ports")))
                    .as("the Service routes the application port only").doesNotContain(managementPort).doesNotContain("management");

            Map<String, Object> monitor = map(named(prod, "PodMonitor", service + "-service").get("spec"));
            assertThat(map(monitor.get("selector")).get("matchLabels")).isEqualTo(podLabels(deployment, "app.kubernetes.io/name"));
            assertThat(map(list(monitor.get("podMetricsEndpoints")).get(0))).containsEntry("port", "management")
                    .containsEntry("path", "/actuator/prometheus");
        }
    }

    /** Issue 15: production's Kafka is three KRaft nodes; every topic the platform uses has 3 replicas, 2 in sync. */
    @Test
    void productionKafkaIsThreeBrokersWithEveryTopicReplicatedThreeTimesTwoInSync() {
        List<Map<String, Object>> cluster = Kustomize.load(K8S.resolve("kafka/kafka-cluster.yaml"));
        Map<String, Object> pool = map(named(cluster, "KafkaNodePool", "combined").get("spec"));
        assertThat(pool.get("replicas")).isEqualTo(3);
        assertThat(list(pool.get("roles")).stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("controller", "broker");
        Map<String, Object> kafka = named(cluster, "Kafka", "kafka");
        assertThat(map(map(kafka.get("metadata")).get("annotations"))).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        Map<String, Object> config = map(map(map(kafka.get("spec")).get("kafka")).get("config"));
        assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3).containsEntry("unclean.leader.election.enable", false);

        List<Map<String, Object>> topics = Kustomize.load(K8S.resolve("kafka/kafka-topics.yaml"));
        List<String> expected = new ArrayList<>(KafkaAccess.topics());
        expected.add(KafkaAccess.AUDIT_CHECKPOINTS);
        if (!expected.contains(KafkaAccess.TENANTS)) {
            expected.add(KafkaAccess.TENANTS);
        }
        assertThat(topics).extracting(topic -> map(topic.get("spec")).get("topicName")).containsExactlyInAnyOrderElementsOf(expected);
        for (Map<String, Object> topic : topics) {
            Map<String, Object> spec = map(topic.get("spec"));
            assertThat(spec.get("replicas")).as(spec.get("topicName") + "'s replicas").isEqualTo(3);
            assertThat(map(spec.get("config"))).as(spec.get("topicName") + "'s config").containsEntry("min.insync.replicas", 2);
            assertThat(map(map(topic.get("metadata")).get("labels"))).containsEntry("strimzi.io/cluster", "kafka");
        }

        assertThat(map(named(prod, "ConfigMap", "cls-config").get("data"))).as("the services in production")
                .containsEntry("CLS_KAFKA_REPLICATION_FACTOR", "3").containsEntry("CLS_KAFKA_MIN_INSYNC_REPLICAS", "2")
                .containsEntry("CLS_KAFKA_BOOTSTRAP", "kafka-kafka-bootstrap.kafka.svc:9093");
        assertThat(map(named(dev, "ConfigMap", "cls-config").get("data"))).as("dev keeps a single broker's defaults")
                .doesNotContainKey("CLS_KAFKA_REPLICATION_FACTOR");
    }

    @Test
    void theNetworkAdmitsOnlyTheFlowsThePlatformNeeds() {
        Network network = new Network(prod, Kustomize.load(K8S.resolve("kafka/network-policy.yaml")));
        Pod gateway = network.pod("gateway");
        Pod prometheus = new Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
        Pod ingressController = new Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Pod stranger = new Pod("cls", Map.of("app", "debug"));
        Pod elsewhere = new Pod("default", Map.of("app.kubernetes.io/component", "service"));
        assertThat(network.denyAllByDefault()).isTrue();

        assertThat(network.admits(network.pod("gateway"), ingressController, 8080)).isTrue();
        assertThat(network.admits(network.pod("gateway"), stranger, 8080)).isFalse();
        // The console: reached from the ingress controller only, and reaches the gateway but no service.
        Pod console = network.pod("console");
        assertThat(network.admits(console, ingressController, 8070)).isTrue();
        assertThat(network.admits(console, stranger, 8070)).isFalse();
        assertThat(network.admits(gateway, console, 8080)).as("console to the gateway").isTrue();
        assertThat(network.admits(network.pod("contract-service"), console, 8081)).as("console around the gateway").isFalse();
        for (int i = 0; i < SERVICES.size(); i++) {
            Pod service = network.pod(SERVICES.get(i) + "-service");
            int appPort = 8081 + i;
            int managementPort = 9081 + i;
            assertThat(network.admits(service, gateway, appPort)).as(SERVICES.get(i) + " from the gateway").isTrue();
            assertThat(network.admits(service, gateway, managementPort)).as("management port from the gateway").isFalse();
            assertThat(network.admits(service, prometheus, managementPort)).as("Prometheus on the management port").isTrue();
            assertThat(network.admits(service, prometheus, appPort)).as("Prometheus on the application port").isFalse();
            assertThat(network.admits(service, ingressController, appPort)).as("around the gateway").isFalse();
            assertThat(network.admits(service, stranger, appPort)).isFalse();
            for (String other : SERVICES) {
                assertThat(network.admits(service, network.pod(other + "-service"), appPort)).as(other + " to " + SERVICES.get(i))
                        .isFalse();
            }
        }

        Pod postgres = new Pod("cls", POSTGRES);
        Pod kafka = new Pod("kafka", Map.of("strimzi.io/cluster", "kafka", "strimzi.io/kind", "Kafka"));
        for (String service : SERVICES) {
            assertThat(network.admits(postgres, network.pod(service + "-service"), 5432)).as(service + " to PostgreSQL").isTrue();
            assertThat(network.admits(postgres, network.pod(service + "-migration"), 5432)).as(service + "'s migration").isTrue();
            assertThat(network.admits(kafka, network.pod(service + "-service"), 9093)).as(service + " to Kafka").isTrue();
        }
        // The gateway reads the tenant directory's topic (its Kafka user may do nothing else), never PostgreSQL.
        assertThat(network.admits(kafka, gateway, 9093)).as("gateway to Kafka").isTrue();
        assertThat(network.admits(postgres, gateway, 5432)).as("gateway to PostgreSQL").isFalse();
        for (Pod intruder : List.of(stranger, elsewhere, prometheus)) {
            assertThat(network.admits(postgres, intruder, 5432)).as(intruder + " to PostgreSQL").isFalse();
            assertThat(network.admits(kafka, intruder, 9093)).as(intruder + " to Kafka").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "dev"})
    void theIngressServesTlsWithACertificateFromCertManager(String overlay) {
        Map<String, Object> ingress = named(rendered(overlay), "Ingress", "gateway");
        assertThat(map(map(ingress.get("metadata")).get("annotations"))).containsKey("cert-manager.io/cluster-issuer");
        Map<String, Object> spec = map(ingress.get("spec"));
        List<?> tls = list(spec.get("tls"));
        assertThat(tls).isNotEmpty();
        List<Object> hosts = new ArrayList<>();
        tls.forEach(t -> {
            assertThat(map(t).get("secretName")).isNotNull();
            hosts.addAll(list(map(t).get("hosts")));
        });
        assertThat(list(spec.get("rules"))).allSatisfy(rule -> assertThat(hosts).contains(map(rule).get("host")));
    }

    @Test
    void productionPostgresqlIsAReplicatedClusterBackedUpToObjectStorage() {
        Map<String, Object> spec = map(named(prod, "Cluster", "cls-postgres").get("spec"));
        assertThat(spec.get("instances")).isEqualTo(3);
        assertThat(String.valueOf(spec.get("imageName"))).matches(".+:15\\.[0-9]+");
        Map<String, Object> backup = map(spec.get("backup"));
        assertThat(map(backup.get("barmanObjectStore")).get("destinationPath")).asString().startsWith("s3://");
        assertThat(backup.get("retentionPolicy")).isNotNull();
        assertThat(map(map(named(prod, "ScheduledBackup", "cls-postgres-nightly").get("spec")).get("cluster")))
                .containsEntry("name", "cls-postgres");
        assertThat(String.valueOf(map(map(map(spec.get("bootstrap")).get("initdb"))).get("postInitSQL")))
                .contains("cls_funding", "cls_governance", "cls_notification");
        assertThat(map(named(prod, "ConfigMap", "cls-config").get("data"))).containsEntry("CLS_DB_HOST", "cls-postgres-rw");
        assertThat(map(named(dev, "Cluster", "cls-postgres").get("spec")).get("instances")).isEqualTo(1);
    }

    @Test
    void theAlertsAreTheSameAsPrometheusRulesAndEachHasARunbook() throws IOException {
        Map<String, Object> rules = Kustomize.load(ComposeFileTest.ROOT.resolve("deploy/observability/alert-rules.yml")).get(0);
        assertThat(map(named(prod, "PrometheusRule", "cls-alerts").get("spec")).get("groups")).isEqualTo(rules.get("groups"));
        String operations = Files.readString(ComposeFileTest.ROOT.resolve("docs/operations.md"));
        for (Object group : list(rules.get("groups"))) {
            for (Object rule : list(map(group).get("rules"))) {
                assertThat(operations).as("a runbook for " + map(rule).get("alert")).contains("### " + map(rule).get("alert") + "\n");
            }
        }
    }

    @Test
    void theRendererAgreesWithKubectlKustomizeWhereKubectlIsInstalled() throws Exception {
        for (String overlay : List.of("prod", "dev")) {
            String rendered = kubectlKustomize(K8S.resolve("overlays/" + overlay));
            assumeThat(rendered).as("kubectl on the PATH").isNotNull();
            List<Map<String, Object>> expected = new ArrayList<>();
            new Yaml().loadAll(rendered).forEach(d -> expected.add(map(d)));
            assertThat(Kustomize.byId(rendered(overlay))).as(overlay).isEqualTo(Kustomize.byId(expected));
        }
    }

    private List<Map<String, Object>> rendered(String overlay) {
        return overlay.equals("prod") ? prod : dev;
    }

    private static String kubectlKustomize(Path directory) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException notInstalled) {
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> documents, String kind, String name) {
        return ofKind(documents, kind).stream().filter(d -> name.equals(name(d))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    static String name(Map<String, Object> document) {
        return (String) map(document.get("metadata")).get("name");
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        Object template = map(workload.get("spec")) == null ? null : map(workload.get("spec")).get("template");
        return template instanceof Map<?, ?> t ? map(map(t).get("spec")) : null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        return (List<Map<String, Object>>) podSpec(workload).get("containers");
    }

    static Map<String, Object> podLabels(Map<String, Object> workload, String... keys) {
        Map<String, Object> labels = map(map(map(map(workload.get("spec")).get("template")).get("metadata")).get("labels"));
        if (keys.length == 0) {
            return labels;
        }
        Map<String, Object> selected = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            selected.put(key, labels.get(key));
        }
        return selected;
    }

    private static Object port(Map<String, Object> container, String name) {
        return list(container.get("ports")).stream().map(Kustomize::map).filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no port " + name)).get("containerPort");
    }

    /** Secrets a container reads, whole (envFrom) or by key (env valueFrom), once per reference. */
    private static List<String> secretsOf(Map<String, Object> container) {
        List<String> secrets = new ArrayList<>();
        for (Object source : list(container.get("envFrom"))) {
            if (map(source).containsKey("secretRef")) {
                secrets.add((String) map(map(source).get("secretRef")).get("name"));
            }
        }
        for (Object variable : list(container.get("env"))) {
            Map<String, Object> from = map(map(variable).get("valueFrom"));
            if (from != null && from.containsKey("secretKeyRef")) {
                secrets.add((String) map(from.get("secretKeyRef")).get("name"));
            }
        }
        return secrets;
    }

    private static int mebibytes(Object quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Mi|Gi)").matcher(String.valueOf(quantity));
        assertThat(matcher.matches()).as(quantity + " in Mi or Gi").isTrue();
        return Integer.parseInt(matcher.group(1)) * (matcher.group(2).equals("Gi") ? 1024 : 1);
    }

    record Pod(String namespace, Map<String, ?> labels) {
    }

    /** NetworkPolicy semantics for ingress: a pod selected by a policy admits what one of its rules allows. */
    record Network(List<Map<String, Object>> policies, Map<String, Pod> workloads) {

        Network(List<Map<String, Object>> rendered, List<Map<String, Object>> extra) {
            this(policies(rendered, extra), workloads(rendered));
        }

        private static List<Map<String, Object>> policies(List<Map<String, Object>> rendered, List<Map<String, Object>> extra) {
            List<Map<String, Object>> all = new ArrayList<>(ofKind(rendered, "NetworkPolicy"));
            all.addAll(ofKind(extra, "NetworkPolicy"));
            return all;
        }

        private static Map<String, Pod> workloads(List<Map<String, Object>> rendered) {
            Map<String, Pod> pods = new java.util.HashMap<>();
            rendered.stream().filter(d -> podSpec(d) != null).forEach(d -> pods.put(name(d),
                    new Pod((String) map(d.get("metadata")).get("namespace"), podLabels(d))));
            return pods;
        }

        Pod pod(String workload) {
            return Objects.requireNonNull(workloads.get(workload), workload);
        }

        boolean denyAllByDefault() {
            return policies.stream().anyMatch(p -> "cls".equals(map(p.get("metadata")).get("namespace"))
                    && map(map(p.get("spec")).get("podSelector")).isEmpty()
                    && list(map(p.get("spec")).get("policyTypes")).containsAll(List.of("Ingress", "Egress"))
                    && map(p.get("spec")).get("ingress") == null && map(p.get("spec")).get("egress") == null);
        }

        boolean admits(Pod target, Pod source, int port) {
            boolean isolated = false;
            for (Map<String, Object> policy : policies) {
                Map<String, Object> spec = map(policy.get("spec"));
                if (!target.namespace().equals(map(policy.get("metadata")).get("namespace"))
                        || !selects(map(spec.get("podSelector")), target.labels())
                        || !list(spec.get("policyTypes")).contains("Ingress")) {
                    continue;
                }
                isolated = true;
                for (Object rule : list(spec.get("ingress"))) {
                    Map<String, Object> ingress = map(rule);
                    boolean fromMatches = ingress.get("from") == null
                            || list(ingress.get("from")).stream().anyMatch(peer -> peerMatches(map(peer), target.namespace(), source));
                    boolean portMatches = ingress.get("ports") == null
                            || list(ingress.get("ports")).stream().anyMatch(p -> Objects.equals(map(p).get("port"), port));
                    if (fromMatches && portMatches) {
                        return true;
                    }
                }
            }
            return !isolated;
        }

        private static boolean peerMatches(Map<String, Object> peer, String policyNamespace, Pod source) {
            if (peer.containsKey("ipBlock")) {
                return false;
            }
            Map<String, Object> namespaces = map(peer.get("namespaceSelector"));
            boolean namespaceMatches = namespaces == null ? source.namespace().equals(policyNamespace)
                    : selects(namespaces, Map.of("kubernetes.io/metadata.name", source.namespace()));
            Map<String, Object> pods = map(peer.get("podSelector"));
            return namespaceMatches && (pods == null || selects(pods, source.labels()));
        }

        private static boolean selects(Map<String, Object> selector, Map<String, ?> labels) {
            if (selector == null) {
                return true;
            }
            Map<String, Object> required = map(selector.get("matchLabels"));
            if (required != null && !required.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()))) {
                return false;
            }
            for (Object expression : list(selector.get("matchExpressions"))) {
                Map<String, Object> e = map(expression);
                boolean in = list(e.get("values")).contains(labels.get(e.get("key")));
                if (e.get("operator").equals("In") != in) {
                    return false;
                }
            }
            return true;
        }
    }
}
