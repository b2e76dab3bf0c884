package fr.cls.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code idempotent_request} table, under row-level security like any tenant table. Every statement runs in
 * its own short transaction ({@code REQUIRES_NEW}, so that the tenant-scoped transaction manager sets
 * {@code cls.tenant}): the IN_PROGRESS claim must be committed, and visible to a concurrent retry, before the
 * handler's own transaction even starts.
 */
public class IdempotentRequests {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMMITTED = "COMMITTED";
    static final String DONE = "DONE";
    private static final int CLAIM_ATTEMPTS = 3;
    static final String SCOPE = "tenant_id = ? and issuer = ? and subject = ? and roles = ? and method = ? and path = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final Map<String, Instant> nextCleanup = new ConcurrentHashMap<>();

    IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IdempotencyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** What identifies "the same request": {@code hex(SHA-256(method \n path \n canonical body))}, see {@link CanonicalJson}. */
    public static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(CanonicalJson.canonical(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Claims the key for this request.
     *
     * @param correlationId the request's, kept to find what it did should its answer be lost
     * @return empty when claimed (the caller runs the request), otherwise the live record that holds the key
     */
    Optional<Stored> claim(IdempotencyScope scope, String key, String requestHash, String correlationId) {
        cleanUpIfDue(scope.tenant());
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            int inserted = inTransaction(() -> jdbc.update("""
                    insert into idempotent_request (tenant_id, issuer, subject, roles, method, path, idempotency_key,
                                                    request_hash, status, correlation_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?)
                    on conflict do nothing""", scope.tenant(), scope.issuer(), scope.subject(), scope.roles(),
                    scope.method(), scope.path(), key, requestHash, correlationId));
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<Stored> live = inTransaction(() -> jdbc.query(
                    "select request_hash, status, response_status, response_body, content_type, location, correlation_id,"
                            + " created_at, committed_at,"
                            + " (status = 'COMMITTED' and committed_at < now() - make_interval(secs => ?)) as abandoned"
                            + " from idempotent_request where " + SCOPE
                            + " and idempotency_key = ? and created_at >= now() - make_interval(secs => ?)"
                            + " and not (status = 'IN_PROGRESS' and created_at < now() - make_interval(secs => ?))",
                    (rs, row) -> new Stored(rs.getString("request_hash"), rs.getString("status"),
                            rs.getObject("response_status", Integer.class), rs.getString("response_body"),
                            rs.getString("content_type"), rs.getString("location"),
                            new Claimed(rs.getString("correlation_id"), rs.getObject("created_at", OffsetDateTime.class),
                                    rs.getObject("committed_at", OffsetDateTime.class), rs.getBoolean("abandoned"))),
                    inProgressSeconds(), scope.tenant(), scope.issuer(), scope.subject(), scope.roles(), scope.method(), scope.path(), key,
                    ttlSeconds(), inProgressSeconds()).stream().findFirst());
            if (live.isPresent()) {
                return live;
            }
            // Expired, abandoned by a dead instance, or released meanwhile: forget it and try again.
            inTransaction(() -> jdbc.update("delete from idempotent_request where " + SCOPE
                    + " and idempotency_key = ? and (created_at < now() - make_interval(secs => ?)"
                    + " or (status = 'IN_PROGRESS' and created_at < now() - make_interval(secs => ?)))",
                    scope.tenant(), scope.issuer(), scope.subject(), scope.roles(), scope.method(), scope.path(), key,
                    ttlSeconds(), inProgressSeconds()));
        }
        throw new IllegalStateException("could not claim idempotency key " + key);
    }

    private double inProgressSeconds() {
        return properties.inProgressTimeout().toMillis() / 1000.0;
    }

    private double ttlSeconds() {
        return properties.ttl().toMillis() / 1000.0;
    }

    /** Stores the response of a claimed request, to be replayed to retries. */
    void complete(IdempotencyScope scope, String key, int status, String body, String contentType, String location) {
        inTransaction(() -> jdbc.update("update idempotent_request"
                + " set status = 'DONE', response_status = ?, response_body = ?, content_type = ?, location = ?"
                + " where " + SCOPE + " and idempotency_key = ?",
                status, body, contentType, location, scope.tenant(), scope.issuer(), scope.subject(), scope.roles(),
                scope.method(), scope.path(), key));
    }

    /**
     * Forgets a claimed key whose handler answered 5xx or failed, so that the client can retry it: the handler
     * decided so, committed or not (a handler that commits a first step then fails expects to be run again).
     */
    void release(IdempotencyScope scope, String key) {
        inTransaction(() -> jdbc.update("delete from idempotent_request where " + SCOPE
                + " and idempotency_key = ? and status in ('IN_PROGRESS', 'COMMITTED')", scope.tenant(), scope.issuer(),
                scope.subject(), scope.roles(), scope.method(), scope.path(), key));
    }

    /**
     * Forgets a claimed key only if its handler committed nothing: used when its answer could not be stored; a
     * committed change keeps its key, so that a retry is told and does not run it again.
     */
    void releaseUncommitted(IdempotencyScope scope, String key) {
        inTransaction(() -> jdbc.update("delete from idempotent_request where " + SCOPE
                + " and idempotency_key = ? and status = 'IN_PROGRESS'", scope.tenant(), scope.issuer(), scope.subject(),
                scope.roles(), scope.method(), scope.path(), key));
    }

    /**
     * What a request whose answer was lost did, from the audit trail: the entries of its caller and correlation id
     * written since its claim (a caller that reuses a correlation id for other requests sees theirs too).
     */
    List<Change> changesOf(IdempotencyScope scope, Claimed claimed) {
        if (claimed.correlationId() == null) {
            return List.of();
        }
        return inTransaction(() -> jdbc.query("""
                select action, resource_type, resource_id, version_after from audit_entry
                 where correlation_id = ? and issuer = ? and subject = ?
                   and occurred_at >= ? - interval '1 second'
                 order by seq limit 100""",
                (rs, row) -> new Change(rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
                        rs.getObject("version_after", Long.class)),
                claimed.correlationId(), scope.issuer(), scope.subject(), claimed.createdAt()));
    }

    /**
     * Deletes the tenant's expired keys, at most once per cleanup interval per tenant and instance (row-level
     * security shows a transaction its own tenant's rows only).
     */
    void cleanUpIfDue(String tenant) {
        Instant now = clock.instant();
        Instant due = nextCleanup.getOrDefault(tenant, Instant.MIN);
        if (now.isBefore(due) || !replaceDue(tenant, due, now.plus(properties.cleanupInterval()))) {
            return;
        }
        inTransaction(() -> jdbc.update("delete from idempotent_request where created_at < now() - make_interval(secs => ?)",
                ttlSeconds()));
    }

    private boolean replaceDue(String tenant, Instant due, Instant next) {
        return due == Instant.MIN ? nextCleanup.putIfAbsent(tenant, next) == null : nextCleanup.replace(tenant, due, next);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** A key's record: the request it was used for and, once DONE, the response to replay. */
    record Stored(String requestHash, String status, Integer responseStatus, String responseBody, String contentType,
            String location, Claimed claimed) {

        /** Still running, or committed and about to store its answer. */
        boolean inProgress() {
            return IN_PROGRESS.equals(status) || COMMITTED.equals(status) && !claimed.abandoned();
        }

        /** Committed, but its instance stopped before storing the answer: the request must not run again. */
        boolean answerLost() {
            return COMMITTED.equals(status) && claimed.abandoned();
        }
    }

    /**
     * @param abandoned committed longer ago than the in-progress time-out, still without an answer
     */
    record Claimed(String correlationId, OffsetDateTime createdAt, OffsetDateTime committedAt, boolean abandoned) {
    }

    /** One audit-trail entry of a request: what it did to which resource. */
    record Change(String action, String resourceType, String resourceId, Long versionAfter) {
    }
}
