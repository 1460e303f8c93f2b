-- Editorial workflow (SQLite): release times for scheduled and embargoed stories, SEO overrides,
-- ownership, revisions, old addresses that redirect, and corrections. Instants as UTC epoch milliseconds.
ALTER TABLE articles ADD COLUMN release_at INTEGER;
ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN owner_account_id INTEGER REFERENCES accounts (id);

CREATE TABLE article_revisions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number           INTEGER NOT NULL,
    saved_at         INTEGER NOT NULL,
    saved_by         TEXT    NOT NULL,
    note             TEXT    NOT NULL DEFAULT '',
    headline         TEXT    NOT NULL,
    slug             TEXT    NOT NULL,
    standfirst       TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    section_id       INTEGER NOT NULL,
    bylines          TEXT    NOT NULL,
    tags             TEXT    NOT NULL,
    hero_image_id    INTEGER,
    hero_caption     TEXT,
    seo_title        TEXT    NOT NULL,
    seo_description  TEXT    NOT NULL,
    UNIQUE (article_id, number)
);

CREATE TABLE article_redirects (
    old_slug    TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT    NOT NULL
);
