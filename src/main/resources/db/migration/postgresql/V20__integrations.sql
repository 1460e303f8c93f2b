-- Integrations (PostgreSQL): the outside systems an admin lets in, each with one Content API key or Admin API token.
-- Only the SHA-256 of the secret is kept (hex); the hint is its last four characters. Instants as TIMESTAMPTZ.
CREATE TABLE integrations (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                TEXT    NOT NULL,
    kind                TEXT    NOT NULL,
    role                TEXT,
    origins             TEXT    NOT NULL DEFAULT '',
    requests_per_minute INTEGER,
    token_hash          TEXT    NOT NULL UNIQUE,
    hint                TEXT    NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          TEXT    NOT NULL,
    revoked_at          TIMESTAMPTZ,
    last_used_at        TIMESTAMPTZ
);
