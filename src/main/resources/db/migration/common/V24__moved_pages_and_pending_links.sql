-- Issue 15's loose ends.
-- A static page's earlier slugs: /info/<old> answers with a 301 to the page's address now, until another page takes
-- the slug (then the row is deleted and the new page wins).
CREATE TABLE static_page_redirects (
    old_slug  VARCHAR(300) NOT NULL PRIMARY KEY,
    page_id   BIGINT       NOT NULL REFERENCES static_pages (id) ON DELETE CASCADE
);

CREATE INDEX static_page_redirects_page ON static_page_redirects (page_id);

-- The stories an import job still has to rewrite links in, once every story has its new address (the second
-- pass). Kept in the database so that a job stopped between the passes and resumed still rewrites them all.
CREATE TABLE import_pending_links (
    job_id     BIGINT        NOT NULL REFERENCES import_jobs (id),
    source_id  VARCHAR(300)  NOT NULL,
    PRIMARY KEY (job_id, source_id)
);
