package fr.cls.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The local broker's passwords: the administrator's and one per service, random, made once and kept (owner-only)
 * in the broker's folder, so that they survive restarts and are the same nowhere else.
 */
final class KafkaCredentials {

    static final String ADMIN = "admin";
    /** The gateway reads the tenant directory's topic, nothing else. */
    static final String GATEWAY = "gateway";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties passwords;

    private KafkaCredentials(Properties passwords) {
        this.passwords = passwords;
    }

    static boolean existIn(Path file) {
        return Files.exists(file);
    }

    /** Reads the file, adding a password for any user it does not have yet. */
    static KafkaCredentials loadOrCreate(Path file) throws IOException {
        Properties passwords = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                passwords.load(in);
            }
        }
        boolean added = passwords.putIfAbsent(ADMIN, newPassword()) == null;
        for (Service service : Service.values()) {
            added |= passwords.putIfAbsent(service.module(), newPassword()) == null;
        }
        added |= passwords.putIfAbsent(GATEWAY, newPassword()) == null;
        if (added) {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                passwords.store(out, "Kafka SCRAM passwords of the local stack (generated)");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: left as the user's umask made it
            }
        }
        return new KafkaCredentials(passwords);
    }

    String admin() {
        return passwords.getProperty(ADMIN);
    }

    String of(Service service) {
        return passwords.getProperty(service.module());
    }

    String gateway() {
        return passwords.getProperty(GATEWAY);
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
