-- Image rights metadata (fed to credit lines and structured data) and the focal point crops follow
-- (portable SQL: shared by SQLite and PostgreSQL).
ALTER TABLE images ADD COLUMN copyright_notice TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN license_url TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN acquire_license_url TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN focal_x REAL NOT NULL DEFAULT 0.5;
ALTER TABLE images ADD COLUMN focal_y REAL NOT NULL DEFAULT 0.5;
ALTER TABLE images ADD COLUMN uploaded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN original_format TEXT NOT NULL DEFAULT 'image/jpeg';
CREATE INDEX images_created_idx ON images (created_at);
