/**
 * The audit trail: every write records who, what, when and the correlation id, in the writing transaction.
 * One tenant's entries form a SHA-256 hash chain that {@code GET /api/v1/audit/verify} recomputes.
 */
package fr.cls.platform.audit;
