-- What a reply left for "more" on SMS and voice (the line's own words, never the person's), so that
-- whichever instance takes the next turn can send the next page. NULL when nothing waits.
ALTER TABLE `conversation` ADD COLUMN `more_text` TEXT NULL;
