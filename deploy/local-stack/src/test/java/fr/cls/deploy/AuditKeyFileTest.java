package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartMakesARandomKeyAndLaterStartsKeepIt() {
        Map<String, String> first = AuditKeyFile.environment(dataDir, Map.of());
        Map<String, String> again = AuditKeyFile.environment(dataDir, Map.of());

        assertThat(first.get("CLS_AUDIT_KEY")).matches("[0-9a-f]{64}");
        assertThat(first.get("CLS_AUDIT_KEY_ID")).isEqualTo(AuditKeyFile.KEY_ID);
        assertThat(again).isEqualTo(first);
        assertThat(AuditKeyFile.environment(dataDir.resolve("other"), Map.of()).get("CLS_AUDIT_KEY"))
                .as("another stack, another key").isNotEqualTo(first.get("CLS_AUDIT_KEY"));
    }

    @Test
    void aKeyGivenToTheLauncherIsLeftToTheServicesToInherit() {
        assertThat(AuditKeyFile.environment(dataDir, Map.of("CLS_AUDIT_KEY", "0123456789abcdef0123"))).isEmpty();
        assertThat(dataDir.resolve("audit/key")).doesNotExist();
    }
}
