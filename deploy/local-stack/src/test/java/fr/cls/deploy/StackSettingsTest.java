package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    static final Path ROOT = Path.of("/repo");

    @Test
    void migrationsRunAsTheOwnerAndServicesConnectAsTheApplicationRoleByDefault() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of());

        assertThat(settings.dbUser()).isEqualTo("postgres");
        assertThat(settings.appUser()).isEqualTo("cls_app");
        assertThat(settings.appPassword()).isEqualTo("cls_app");
    }

    @Test
    void theApplicationRoleVariableNeverBecomesTheSchemaOwner() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_DB_USER", "cls_reader",
                "CLS_DB_PASSWORD", "secret", "CLS_DB_OWNER_USER", "owner", "CLS_DB_OWNER_PASSWORD", "owner-secret"));

        assertThat(settings.dbUser()).isEqualTo("owner");
        assertThat(settings.dbPassword()).isEqualTo("owner-secret");
        assertThat(settings.appUser()).isEqualTo("cls_reader");
        assertThat(settings.appPassword()).isEqualTo("secret");
    }

    @Test
    void blankVariablesFallBackToTheDefaults() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_DB_HOST", " ", "CLS_GATEWAY_PORT", ""));

        assertThat(settings.dbHost()).isEqualTo("127.0.0.1");
        assertThat(settings.gatewayUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(settings.dataDir()).isEqualTo(ROOT.resolve(".local-stack"));
    }
}
