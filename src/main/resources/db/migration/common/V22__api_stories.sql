-- Stories filed through the Admin API (ADR 0027): which integration owns each one (its token's contributors and
-- reporters may work on their own drafts only). A story stays after its integration is revoked.
CREATE TABLE api_stories (
    article_id     BIGINT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    integration_id BIGINT NOT NULL
);

CREATE INDEX api_stories_integration ON api_stories (integration_id);
