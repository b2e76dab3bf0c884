-- An email may carry one attachment (the convocation PDF of a meeting): kept with the email so that a retry sends
-- the same file. Emails queued before have none.
alter table email_outbox add column attachment_name text, add column attachment bytea;
