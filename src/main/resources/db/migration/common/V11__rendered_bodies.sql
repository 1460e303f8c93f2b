-- Story bodies rendered to sanitized HTML when they are saved, so pages and feeds need not render CommonMark on
-- every read. NULL until rendered (rows from before this migration are rendered in the background after start).
ALTER TABLE articles ADD COLUMN body_html TEXT;

