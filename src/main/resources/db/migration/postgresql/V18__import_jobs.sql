-- Imports (PostgreSQL): one row per import job, its report lines, and the provenance of every item it brought in,
-- keyed by the source's own ids so a re-run updates instead of duplicating. Instants as TIMESTAMPTZ.
CREATE TABLE import_jobs (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform      TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    export_path   TEXT    NOT NULL,
    media_path    TEXT    NOT NULL DEFAULT '',
    site_url      TEXT    NOT NULL DEFAULT '',
    requested_by  TEXT    NOT NULL DEFAULT '',
    planned       TEXT    NOT NULL DEFAULT '',
    done          TEXT    NOT NULL DEFAULT '',
    current_item  TEXT    NOT NULL DEFAULT '',
    message       TEXT    NOT NULL DEFAULT '',
    runner        TEXT    NOT NULL DEFAULT '',
    heartbeat_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);

CREATE TABLE import_report_lines (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id       BIGINT NOT NULL REFERENCES import_jobs (id),
    level        TEXT    NOT NULL,
    item         TEXT    NOT NULL,
    message      TEXT    NOT NULL
);

CREATE INDEX import_report_lines_job ON import_report_lines (job_id, id);

CREATE TABLE import_provenance (
    platform      TEXT    NOT NULL,
    source_site   TEXT    NOT NULL,
    source_kind   TEXT    NOT NULL,
    source_id     TEXT    NOT NULL,
    target_kind   TEXT    NOT NULL,
    target_id     BIGINT NOT NULL,
    content_hash  TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    job_id        BIGINT NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, source_site, source_kind, source_id)
);

CREATE INDEX import_provenance_target ON import_provenance (target_kind, target_id);
