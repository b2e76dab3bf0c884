package fr.cls.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotent_request} table. Every statement runs on its own (autocommit): the IN_PROGRESS claim
 * must be visible to a concurrent retry before the handler's own transaction even starts.
 */
public class IdempotentRequests {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";
    private static final int CLAIM_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final AtomicReference<Instant> nextCleanup = new AtomicReference<>(Instant.MIN);

    IdempotentRequests(JdbcTemplate jdbc, IdempotencyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** What identifies "the same request": {@code hex(SHA-256(method \n path \n body))}. */
    public static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Claims the key for this request.
     *
     * @return empty when claimed (the caller runs the request), otherwise the live record that holds the key
     */
    Optional<Stored> claim(String tenant, String key, String requestHash) {
        cleanUpIfDue();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            int inserted = jdbc.update("""
                    insert into idempotent_request (tenant_id, idempotency_key, request_hash, status)
                    values (?, ?, ?, 'IN_PROGRESS')
                    on conflict do nothing""", tenant, key, requestHash);
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<Stored> live = jdbc.query("""
                    select request_hash, status, response_status, response_body, content_type, location
                    from idempotent_request
                    where tenant_id = ? and idempotency_key = ? and created_at >= now() - make_interval(secs => ?)""",
                    (rs, row) -> new Stored(rs.getString("request_hash"), rs.getString("status"),
                            rs.getObject("response_status", Integer.class), rs.getString("response_body"),
                            rs.getString("content_type"), rs.getString("location")),
                    tenant, key, ttlSeconds()).stream().findFirst();
            if (live.isPresent()) {
                return live;
            }
            // Expired (or released meanwhile): forget it and try again.
            jdbc.update("""
                    delete from idempotent_request
                    where tenant_id = ? and idempotency_key = ? and created_at < now() - make_interval(secs => ?)""",
                    tenant, key, ttlSeconds());
        }
        throw new IllegalStateException("could not claim idempotency key " + key);
    }

    private double ttlSeconds() {
        return properties.ttl().toMillis() / 1000.0;
    }

    /** Stores the response of a claimed request, to be replayed to retries. */
    void complete(String tenant, String key, int status, String body, String contentType, String location) {
        jdbc.update("""
                update idempotent_request
                set status = 'DONE', response_status = ?, response_body = ?, content_type = ?, location = ?
                where tenant_id = ? and idempotency_key = ?""",
                status, body, contentType, location, tenant, key);
    }

    /** Forgets a claimed key whose request failed, so that the client can retry it. */
    void release(String tenant, String key) {
        jdbc.update("delete from idempotent_request where tenant_id = ? and idempotency_key = ? and status = 'IN_PROGRESS'",
                tenant, key);
    }

    /** Deletes expired keys of every tenant, at most once per cleanup interval per instance. */
    void cleanUpIfDue() {
        Instant now = clock.instant();
        Instant due = nextCleanup.get();
        if (now.isBefore(due) || !nextCleanup.compareAndSet(due, now.plus(properties.cleanupInterval()))) {
            return;
        }
        jdbc.update("delete from idempotent_request where created_at < now() - make_interval(secs => ?)",
                ttlSeconds());
    }

    /** A key's record: the request it was used for and, once DONE, the response to replay. */
    record Stored(String requestHash, String status, Integer responseStatus, String responseBody, String contentType,
            String location) {

        boolean inProgress() {
            return IN_PROGRESS.equals(status);
        }
    }
}
