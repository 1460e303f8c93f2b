-- The change journal (PostgreSQL): one row per change to content, written in the same transaction as the change.
-- Each node's followers (the search index now, page caches later) read it in seq order. Sequence values are
-- handed out at INSERT but become visible at COMMIT, so a follower must expect gaps that fill in later.
CREATE TABLE change_journal (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         TEXT        NOT NULL,
    entity_id    BIGINT      NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX change_journal_recorded_at ON change_journal (recorded_at);
