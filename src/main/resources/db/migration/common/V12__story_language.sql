-- Each story's language (issue 13): a BCP 47 tag such as 'ar', 'zh-Hans' or 'en'. NULL for stories filed before
-- this migration: they are in the site's language (dateline.site.language). New stories always store a tag.
ALTER TABLE articles ADD COLUMN language TEXT;
