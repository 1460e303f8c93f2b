-- Dateline content model (SQLite). Instants are stored as UTC epoch milliseconds (INTEGER);
-- the PostgreSQL script stores the same columns as TIMESTAMPTZ.

CREATE TABLE sections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    slug        TEXT    NOT NULL UNIQUE,
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE images (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    storage_key     TEXT    NOT NULL UNIQUE,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    rendition_widths TEXT   NOT NULL,
    caption         TEXT    NOT NULL DEFAULT '',
    alt_text        TEXT    NOT NULL,
    credit_source   TEXT    NOT NULL DEFAULT '',
    photographer    TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name    TEXT    NOT NULL,
    slug            TEXT    NOT NULL UNIQUE,
    bio             TEXT    NOT NULL DEFAULT '',
    photo_image_id  INTEGER REFERENCES images (id)
);

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    slug                TEXT    NOT NULL UNIQUE,
    headline            TEXT    NOT NULL,
    standfirst          TEXT    NOT NULL DEFAULT '',
    body                TEXT    NOT NULL DEFAULT '',
    section_id          INTEGER NOT NULL REFERENCES sections (id),
    hero_image_id       INTEGER REFERENCES images (id),
    hero_caption        TEXT,
    status              TEXT    NOT NULL,
    first_published_at  INTEGER,
    last_updated_at     INTEGER,
    created_at          INTEGER NOT NULL,
    modified_at         INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE article_bylines (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_view_totals (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    views       INTEGER NOT NULL DEFAULT 0
);
