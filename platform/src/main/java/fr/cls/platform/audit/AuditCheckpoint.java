package fr.cls.platform.audit;

import java.time.Instant;

/**
 * A tenant's chain head as published outside the service's database, on {@value AuditCheckpoints#TOPIC}.
 *
 * @param scope the service (its application name), so one topic holds every service's checkpoints
 * @param seq the newest entry's sequence number when the checkpoint was taken
 * @param mac that entry's MAC
 */
public record AuditCheckpoint(String scope, String tenantId, long seq, String keyId, String mac, Instant at) {
}
