-- A reply's sources now name the lines of the seed document each fact comes from, and an
-- escalation reply can cite a dozen of them: 2000 characters no longer hold them all, and a turn
-- that could not be stored fell back to the safety reply. TEXT holds any reply's sources.
ALTER TABLE `message` MODIFY COLUMN `sources` TEXT NULL;
