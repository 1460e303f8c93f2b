-- Indexes for the newsroom's lists and the scheduler (portable SQL).
CREATE INDEX articles_release_idx ON articles (status, release_at);
CREATE INDEX articles_modified_idx ON articles (modified_at);
CREATE INDEX article_revisions_article_idx ON article_revisions (article_id, number);
CREATE INDEX corrections_article_idx ON corrections (article_id, created_at);
CREATE INDEX article_redirects_article_idx ON article_redirects (article_id);
