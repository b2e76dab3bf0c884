-- Inbox items keep their English text too: the inbox answers in the reader's language (Accept-Language).
-- Items written before have none and read in French.
alter table inbox_item add column title_en text, add column body_en text;
