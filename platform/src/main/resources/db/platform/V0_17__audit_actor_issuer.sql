-- A person is issuer and subject: the audit trail records the actor's issuer too. Entries from before keep a null
-- issuer and their MAC (cls-audit-v1/v2); entries with an issuer are MACed with it (cls-audit-v3), so it cannot be
-- changed, added or removed unnoticed (AuditHash, ChainCheck).
alter table audit_entry add column issuer text;
