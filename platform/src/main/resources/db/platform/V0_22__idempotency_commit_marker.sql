-- A claimed key is marked COMMITTED in the handler's own transaction, so that a retry never runs again a request
-- whose change was committed by an instance that died before storing its answer (it used to be taken over as an
-- abandoned IN_PROGRESS claim and run twice). correlation_id finds what such a request did in the audit trail.
alter table idempotent_request
    drop constraint idempotent_request_status_check,
    add constraint idempotent_request_status_check check (status in ('IN_PROGRESS', 'COMMITTED', 'DONE')),
    add column committed_at   timestamptz,
    add column correlation_id text;
