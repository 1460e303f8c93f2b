-- Old addresses (ADR 0022): every address an imported site answered at (a path, or a path with ?p=ID and the
-- like) and what it now is; the public site answers them with a 301 to the target's current address.
-- query_key is '' for a plain path, else the query parameter (p, page_id, cat, tag, author) with its value.
CREATE TABLE old_addresses (
    path          VARCHAR(2000) NOT NULL,
    query_key     VARCHAR(20)   NOT NULL DEFAULT '',
    query_value   VARCHAR(200)  NOT NULL DEFAULT '',
    target_kind   VARCHAR(20)   NOT NULL,
    target_id     BIGINT        NOT NULL DEFAULT 0,
    target_name   VARCHAR(300)  NOT NULL DEFAULT '',
    PRIMARY KEY (path, query_key, query_value)
);
