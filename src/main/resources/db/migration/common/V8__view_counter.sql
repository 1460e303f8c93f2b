-- The view counter (portable SQL: shared by SQLite and PostgreSQL).
-- Hours are whole hours since the epoch (UTC); counted_at is epoch milliseconds. Both are plain
-- integers so that the same increments and range scans run unchanged on both databases.

-- Views per article per hour: most-read lists and analytics read these, never the all-time totals.
CREATE TABLE article_view_hours (
    article_id  BIGINT NOT NULL,
    hour        BIGINT NOT NULL,
    views       BIGINT NOT NULL,
    PRIMARY KEY (article_id, hour)
);
CREATE INDEX article_view_hours_hour_idx ON article_view_hours (hour, article_id);

-- Who was counted recently, so that every node sees the same dedupe window. A reader is an
-- anonymous keyed hash of address and user agent under the day's salt; rows expire with the window.
CREATE TABLE view_readers (
    reader      TEXT   NOT NULL,
    article_id  BIGINT NOT NULL,
    counted_at  BIGINT NOT NULL,
    PRIMARY KEY (reader, article_id)
);
CREATE INDEX view_readers_counted_idx ON view_readers (counted_at);

-- The secret salt of each day (UTC), shared by all nodes; deleted after two days, which makes the
-- stored reader hashes unlinkable to anyone.
CREATE TABLE view_salts (
    day   TEXT PRIMARY KEY,
    salt  TEXT NOT NULL
);
