package fr.cls.platform.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An audit entry as the API shows it ({@code issuer} null: recorded before issuers were). */
record AuditEntryResponse(long seq, UUID id, String tenantId, String subject, String issuer, List<String> roles, String action,
        String resourceType, String resourceId, Long versionBefore, Long versionAfter, String correlationId,
        Instant occurredAt, String keyId, String previousHash, String hash) {

    static AuditEntryResponse of(AuditEntry entry) {
        List<String> roles = entry.roles().isEmpty() ? List.of() : Arrays.asList(entry.roles().split(","));
        return new AuditEntryResponse(entry.seq(), entry.id(), entry.tenantId(), entry.subject(), entry.issuer(), roles, entry.action(),
                entry.resourceType(), entry.resourceId(), entry.versionBefore(), entry.versionAfter(),
                entry.correlationId(), entry.occurredAt(), entry.keyId(), entry.previousHash(), entry.hash());
    }
}
