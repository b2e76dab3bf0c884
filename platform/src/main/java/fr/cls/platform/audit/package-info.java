/**
 * The audit trail: every write records who, what, when and the correlation id, in the writing transaction.
 * The table is append-only; one tenant's entries form a chain keyed by HMAC-SHA-256 ({@link AuditKeys}) whose
 * heads are checkpointed outside the database ({@link AuditCheckpoints}); {@code GET /api/v1/audit/verify}
 * recomputes the chain and compares it with the checkpoints.
 */
package fr.cls.platform.audit;
