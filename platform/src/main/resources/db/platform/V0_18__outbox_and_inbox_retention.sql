-- The retention purge (EventRetention) finds old rows by these columns; without indexes each batch scans the table.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
create index processed_event_processed_at on processed_event (processed_at);
