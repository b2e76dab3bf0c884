package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    static final Path ROOT = Path.of("/repo");

    @Test
    void migrationsRunAsTheOwnerAndEachServiceConnectsAsItsOwnRoleByDefault() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of());

        assertThat(settings.dbUser()).isEqualTo("postgres");
        assertThat(Arrays.stream(Service.values()).map(settings::appUser)).containsExactly("cls_contract_app", "cls_funding_app",
                "cls_governance_app", "cls_notification_app");
        assertThat(settings.appPassword(Service.FUNDING)).as("the local-only password").isEqualTo("cls_funding_app");
    }

    @Test
    void theTraceViewerRunsOnPort9411UnlessItsPortIsZero() {
        assertThat(StackSettings.fromEnvironment(ROOT, Map.of()).zipkinUrl()).isEqualTo("http://127.0.0.1:9411");
        assertThat(StackSettings.fromEnvironment(ROOT, Map.of("CLS_ZIPKIN_PORT", "0")).zipkinUrl()).isNull();
    }

    @Test
    void aServiceProcessNeverGetsTheOwnersCredentialsOnlyItsMigrationStepDoes() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_DB_OWNER_PASSWORD", "owner-secret"));

        for (Service service : Service.values()) {
            assertThat(settings.serviceDatabaseEnvironment(service)).as(service.module())
                    .doesNotContainKeys("CLS_DB_OWNER_USER", "CLS_DB_OWNER_PASSWORD")
                    .doesNotContainValue("owner-secret")
                    .containsEntry("CLS_DB_USER", settings.appUser(service));
            assertThat(settings.migrationEnvironment(service)).as(service.module() + "'s migration step")
                    .containsEntry("CLS_DB_OWNER_USER", "postgres").containsEntry("CLS_DB_OWNER_PASSWORD", "owner-secret")
                    .containsEntry("CLS_DB_PASSWORD", settings.appPassword(service));
        }
    }

    @Test
    void theApplicationRoleVariableNeverBecomesTheSchemaOwner() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_DB_USER", "cls_reader",
                "CLS_DB_PASSWORD", "secret", "CLS_DB_OWNER_USER", "owner", "CLS_DB_OWNER_PASSWORD", "owner-secret"));

        assertThat(settings.dbUser()).isEqualTo("owner");
        assertThat(settings.dbPassword()).isEqualTo("owner-secret");
        assertThat(settings.appUser(Service.CONTRACT)).isEqualTo("cls_reader");
        assertThat(settings.appPassword(Service.CONTRACT)).isEqualTo("secret");
    }

    @Test
    void blankVariablesFallBackToTheDefaults() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_DB_HOST", " ", "CLS_GATEWAY_PORT", ""));

        assertThat(settings.dbHost()).isEqualTo("127.0.0.1");
        assertThat(settings.gatewayUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(settings.dataDir()).isEqualTo(ROOT.resolve(".local-stack"));
    }

    @Test
    void theConsoleRunsOn8070UnlessItsPortIsZero() {
        assertThat(StackSettings.fromEnvironment(ROOT, Map.of()).consoleUrl()).isEqualTo("http://127.0.0.1:8070");
        assertThat(StackSettings.fromEnvironment(ROOT, Map.of("CLS_CONSOLE_PORT", "8170")).consoleUrl())
                .isEqualTo("http://127.0.0.1:8170");
        assertThat(StackSettings.fromEnvironment(ROOT, Map.of("CLS_CONSOLE_PORT", "0")).consoleUrl()).isNull();
    }

    @Test
    void oneKafkaBrokerWithUnreplicatedTopicsByDefault() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of());

        assertThat(settings.kafkaBrokers()).isEqualTo(1);
        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.kafkaTopicEnvironment()).containsEntry("CLS_KAFKA_REPLICATION_FACTOR", "1")
                .containsEntry("CLS_KAFKA_MIN_INSYNC_REPLICAS", "1");
    }

    @Test
    void threeKafkaBrokersEachOnTheirOwnPortsWithTopicsOnAllThreeAndTwoInSync() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_KAFKA_BROKERS", "3"));

        assertThat(settings.kafkaBootstrap()).as("the services are given every broker")
                .isEqualTo("127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096");
        assertThat(java.util.stream.IntStream.rangeClosed(1, 3).map(settings::kafkaControllerPort)).containsExactly(9093, 9095, 9097);
        assertThat(settings.kafkaTopicEnvironment()).containsEntry("CLS_KAFKA_REPLICATION_FACTOR", "3")
                .containsEntry("CLS_KAFKA_MIN_INSYNC_REPLICAS", "2");
    }

    @Test
    void noKafkaBrokerIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StackSettings.fromEnvironment(ROOT, Map.of("CLS_KAFKA_BROKERS", "0")))
                .hasMessageContaining("CLS_KAFKA_BROKERS must be at least 1");
    }

    @Test
    void oneInstanceOfEachServiceByDefaultNamedAfterItsModule() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of());

        assertThat(Arrays.stream(Service.values()).map(settings::replicas)).containsOnly(1);
        assertThat(settings.serviceUrls(Service.CONTRACT)).isEqualTo("http://127.0.0.1:8081");
        assertThat(settings.instanceName(Service.CONTRACT, 1)).isEqualTo("contract-service");
    }

    @Test
    void twoReplicasListenAHundredPortsApartAndAreNumberedFromOne() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_REPLICAS", "2"));

        assertThat(Arrays.stream(Service.values()).map(settings::replicas)).containsOnly(2);
        assertThat(settings.servicePort(Service.CONTRACT, 1)).isEqualTo(8081);
        assertThat(settings.servicePort(Service.CONTRACT, 2)).isEqualTo(8181);
        assertThat(settings.servicePort(Service.NOTIFICATION, 2)).isEqualTo(8184);
        assertThat(settings.serviceUrls(Service.FUNDING)).isEqualTo("http://127.0.0.1:8082,http://127.0.0.1:8182");
        assertThat(settings.serviceUrl(Service.GOVERNANCE)).as("the first instance").isEqualTo("http://127.0.0.1:8083");
        assertThat(settings.instanceName(Service.NOTIFICATION, 2)).isEqualTo("notification-service-2");
        assertThat(settings.instanceName(Service.NOTIFICATION, 1)).isEqualTo("notification-service-1");
    }

    @Test
    void anInstanceBeyondTheCountHasNoPort() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_REPLICAS", "2"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.servicePort(Service.CONTRACT, 3))
                .hasMessageContaining("contract-service has no instance 3");
    }

    @Test
    void replicasOutsideOneToNineAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StackSettings.fromEnvironment(ROOT, Map.of("CLS_REPLICAS", "0")))
                .hasMessageContaining("CLS_REPLICAS must be between 1 and 9, not 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StackSettings.fromEnvironment(ROOT, Map.of("CLS_REPLICAS", "10")))
                .hasMessageContaining("CLS_REPLICAS must be between 1 and 9, not 10");
    }
}
