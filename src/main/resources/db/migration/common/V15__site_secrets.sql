-- Secrets an installation makes for itself once and every node shares (portable SQL: SQLite and PostgreSQL).
-- 'staff-cookie' signs the marker cookie that lets the page cache tell signed-in staff from anonymous readers
-- without a database lookup per request.
CREATE TABLE site_secrets (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);
