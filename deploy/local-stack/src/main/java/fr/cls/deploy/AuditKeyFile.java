package fr.cls.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The local stack's audit key: random, made on the first start and kept in the data folder (outside the databases),
 * so the chains still verify after a restart and nobody has to set anything. {@code CLS_AUDIT_KEY} in the
 * launcher's environment wins (the services inherit it).
 */
final class AuditKeyFile {

    static final String KEY_ID = "local-1";

    private AuditKeyFile() {
    }

    static Map<String, String> environment(Path dataDir, Map<String, String> launcherEnvironment) {
        if (launcherEnvironment.getOrDefault("CLS_AUDIT_KEY", "").isBlank()) {
            return Map.of("CLS_AUDIT_KEY_ID", KEY_ID, "CLS_AUDIT_KEY", readOrCreate(dataDir.resolve("audit/key")));
        }
        return Map.of();
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String key = HexFormat.of().formatHex(secret);
            Files.writeString(file, key, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the audit key in " + file, e);
        }
    }
}
