-- Webhooks (PostgreSQL): endpoints an admin registered, the outbox of deliveries (one row per event per endpoint,
-- claimed by one sender at a time with a lease) and the log of send attempts. Instants as UTC epoch ms.
CREATE TABLE webhook_endpoints (
    id                     BIGSERIAL PRIMARY KEY,
    url                    TEXT    NOT NULL,
    events                 TEXT    NOT NULL,
    secret                 TEXT    NOT NULL,
    active                 INTEGER NOT NULL DEFAULT 1,
    allow_private_network  INTEGER NOT NULL DEFAULT 0,
    created_by             TEXT    NOT NULL,
    created_at             BIGINT  NOT NULL
);

CREATE TABLE webhook_deliveries (
    id               BIGSERIAL PRIMARY KEY,
    endpoint_id      BIGINT  NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event            TEXT    NOT NULL,
    entity_id        BIGINT  NOT NULL,
    state            TEXT    NOT NULL,
    attempts         BIGINT  NOT NULL DEFAULT 0,
    created_at       BIGINT  NOT NULL,
    first_attempt_at BIGINT ,
    next_attempt_at  BIGINT  NOT NULL,
    claimed_by       TEXT,
    claimed_until    BIGINT ,
    last_status      BIGINT ,
    last_error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
CREATE INDEX webhook_deliveries_entity ON webhook_deliveries (endpoint_id, event, entity_id, state);

CREATE TABLE webhook_attempts (
    id           BIGSERIAL PRIMARY KEY,
    delivery_id  BIGINT  NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    endpoint_id  BIGINT  NOT NULL,
    attempted_at BIGINT  NOT NULL,
    status       BIGINT ,
    error        TEXT    NOT NULL DEFAULT '',
    duration_ms  BIGINT  NOT NULL
);
CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, id);
