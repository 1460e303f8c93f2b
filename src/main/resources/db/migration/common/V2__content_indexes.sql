-- Indexes for the public site's listings (portable SQL: shared by SQLite and PostgreSQL).
CREATE INDEX articles_published_idx ON articles (status, first_published_at);
CREATE INDEX articles_section_published_idx ON articles (section_id, status, first_published_at);
CREATE INDEX article_bylines_person_idx ON article_bylines (person_id, article_id);
CREATE INDEX sections_position_idx ON sections (position);
