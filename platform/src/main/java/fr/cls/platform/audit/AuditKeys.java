package fr.cls.platform.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The per-deployment secrets that key the audit chain, kept outside the database. The current key MACs new
 * entries; previous keys only verify older ones, so a key is rotated by giving a new {@code cls.audit.key-id} and
 * {@code cls.audit.key} and moving the old pair to {@code cls.audit.previous-keys} ({@code id:secret,id:secret}).
 * Without a key the service does not start, except under a {@code local} or {@code dev} profile, which gets a
 * well-known development key (never secret, logged as such).
 */
public final class AuditKeys {

    static final String DEV_KEY_ID = "dev";
    static final String DEV_KEY = "cls-local-development-audit-key-not-a-secret";
    private static final Set<String> DEV_PROFILES = Set.of("local", "dev");
    private static final int MIN_SECRET_BYTES = 16;
    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

    /** A key's secret bytes never leave this class and its MAC computation. */
    record Key(String id, byte[] secret) {
    }

    private final Key current;
    private final Map<String, Key> all;

    AuditKeys(Key current, Map<String, Key> previous) {
        this.current = current;
        this.all = new LinkedHashMap<>(previous);
        this.all.put(current.id(), current);
    }

    static AuditKeys of(String keyId, String secret, String previousKeys) {
        Map<String, Key> previous = new LinkedHashMap<>();
        if (previousKeys != null && !previousKeys.isBlank()) {
            for (String pair : previousKeys.split(",")) {
                int colon = pair.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException("cls.audit.previous-keys: expected id:secret pairs separated by commas");
                }
                Key key = key(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
                previous.put(key.id(), key);
            }
        }
        return new AuditKeys(key(keyId, secret), previous);
    }

    /** From {@code cls.audit.key-id}, {@code cls.audit.key} and {@code cls.audit.previous-keys} (CLS_AUDIT_*). */
    static AuditKeys from(Environment environment) {
        String secret = environment.getProperty("cls.audit.key", "");
        String keyId = environment.getProperty("cls.audit.key-id", "k1");
        if (secret.isBlank()) {
            boolean development = Arrays.stream(environment.getActiveProfiles()).anyMatch(DEV_PROFILES::contains);
            if (!development) {
                throw new IllegalStateException("No audit key: set CLS_AUDIT_KEY (cls.audit.key, at least "
                        + MIN_SECRET_BYTES + " bytes, kept outside the database) and CLS_AUDIT_KEY_ID;"
                        + " only a local or dev profile runs without one");
            }
            log.warn("audit chain keyed with the well-known development key: fine for a local stack, never elsewhere");
            secret = DEV_KEY;
            keyId = DEV_KEY_ID;
        }
        return of(keyId, secret, environment.getProperty("cls.audit.previous-keys", ""));
    }

    Key current() {
        return current;
    }

    Optional<Key> byId(String id) {
        return Optional.ofNullable(all.get(id));
    }

    private static Key key(String id, String secret) {
        if (id == null || id.isBlank() || id.contains(":") || id.contains(",")) {
            throw new IllegalStateException("an audit key id is a non-blank name without ':' or ','");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("audit key " + id + " is shorter than " + MIN_SECRET_BYTES + " bytes");
        }
        return new Key(id, bytes);
    }
}
