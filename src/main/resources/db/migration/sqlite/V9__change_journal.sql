-- The change journal (SQLite): one row per change to content, written in the same transaction as the change.
-- Each node's followers (the search index now, page caches later) read it in seq order. Instants as UTC epoch ms.
CREATE TABLE change_journal (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT    NOT NULL,
    entity_id    INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL
);

CREATE INDEX change_journal_recorded_at ON change_journal (recorded_at);
