-- CDN purges (portable SQL). Every node follows the change journal, but each entry is purged at the CDN by one
-- node only: the node that claims its seq here sends the purge call. claimed_at is epoch milliseconds; claims are
-- pruned with the journal.
CREATE TABLE cdn_purges (
    seq         BIGINT PRIMARY KEY,
    claimed_at  BIGINT NOT NULL
);
CREATE INDEX cdn_purges_claimed_idx ON cdn_purges (claimed_at);
