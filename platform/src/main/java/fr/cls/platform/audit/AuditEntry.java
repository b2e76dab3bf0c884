package fr.cls.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail, as stored.
 *
 * @param issuer the actor's token issuer ({@code ""} when anonymous); null for entries from before it was recorded
 * @param roles the actor's roles, comma-separated and sorted (empty when none)
 * @param versionBefore the resource's version before the change; null for a creation or an unversioned resource
 * @param versionAfter the resource's version after the change; null for a deletion or an unversioned resource
 * @param occurredAt UTC, microsecond precision (what PostgreSQL keeps, so the hash can be recomputed)
 * @param keyId the audit key that made {@code hash} (an HMAC); null for entries from before the chain was keyed
 * @param previousHash the MAC (or hash) of the tenant's previous entry, or {@link AuditHash#GENESIS} for its first
 */
public record AuditEntry(
        long seq,
        UUID id,
        String tenantId,
        String subject,
        String issuer,
        String roles,
        String action,
        String resourceType,
        String resourceId,
        Long versionBefore,
        Long versionAfter,
        String correlationId,
        Instant occurredAt,
        String keyId,
        String previousHash,
        String hash) {

    /** An entry from before the issuer was recorded. */
    public AuditEntry(long seq, UUID id, String tenantId, String subject, String roles, String action,
            String resourceType, String resourceId, Long versionBefore, Long versionAfter, String correlationId,
            Instant occurredAt, String keyId, String previousHash, String hash) {
        this(seq, id, tenantId, subject, null, roles, action, resourceType, resourceId, versionBefore, versionAfter,
                correlationId, occurredAt, keyId, previousHash, hash);
    }
}
