-- Static pages (issue 15, SQLite): "About us", "Corrections policy", "Contact". Their own kind of content (ADR 0019):
-- no byline, no section, at most one level below a top-level page. The body is CommonMark, as a story's.
-- Instants as UTC epoch milliseconds; shown_in_footer is 0 or 1.
CREATE TABLE static_pages (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    title               TEXT    NOT NULL,
    slug                TEXT    NOT NULL UNIQUE,
    parent_id           INTEGER REFERENCES static_pages (id),
    menu_order          INTEGER NOT NULL DEFAULT 0,
    body                TEXT    NOT NULL DEFAULT '',
    seo_description     TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT 'draft',
    shown_in_footer     INTEGER NOT NULL DEFAULT 1,
    first_published_at  INTEGER,
    updated_at          INTEGER,
    created_at          INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX static_pages_parent ON static_pages (parent_id);
