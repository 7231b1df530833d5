-- The writer's first language (ISO 639-3), so staff can see which conversations need an
-- interpreter and filter for them. Conversations from before it were answered in English.
ALTER TABLE `conversation` ADD COLUMN `language` VARCHAR(3) NOT NULL DEFAULT 'eng';
CREATE INDEX `conversation_language` ON `conversation` (`language`);
