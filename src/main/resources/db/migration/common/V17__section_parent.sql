-- Sections one level deep (issue 15; ADR 0019): Markets under Business. NULL for a top-level section; a parent is
-- always top-level itself (the application checks this, as it checks that a section with children gets no parent).
ALTER TABLE sections ADD COLUMN parent_id BIGINT REFERENCES sections (id);
