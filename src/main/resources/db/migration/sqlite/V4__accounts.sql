-- Newsroom accounts (SQLite). Instants as UTC epoch milliseconds.
CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    username         TEXT    NOT NULL UNIQUE,
    display_name     TEXT    NOT NULL,
    email            TEXT    NOT NULL DEFAULT '',
    password_hash    TEXT    NOT NULL,
    role             TEXT    NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1,
    person_id        INTEGER REFERENCES people (id),
    failed_sign_ins  INTEGER NOT NULL DEFAULT 0,
    locked_until     INTEGER,
    created_at       INTEGER NOT NULL
);
