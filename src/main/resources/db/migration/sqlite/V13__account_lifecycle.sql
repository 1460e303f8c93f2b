-- Account lifecycle (SQLite): two-factor sign-in, one-time password reset links, recovery codes.
-- totp_secret: the RFC 6238 shared secret (Base32), null while two-factor sign-in is off;
-- totp_last_step: the last 30-second step whose code was accepted (a code is never accepted twice).
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;

-- Admin-issued reset links: only the SHA-256 of the token is stored; single use, they expire.
CREATE TABLE password_resets (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    token_hash  TEXT    NOT NULL UNIQUE,
    issued_by   TEXT    NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX password_resets_account ON password_resets (account_id);

-- Two-factor recovery codes (SHA-256 of each), each spent once.
CREATE TABLE recovery_codes (
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    code_hash   TEXT    NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);
