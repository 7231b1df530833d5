-- When a conversation was last reviewed. Review state has one writer (staff review); the engine no
-- longer resets REVIEWED to NEW on a new message: a REVIEWED conversation whose last message is later
-- than its review counts as NEW again. Until now the engine did reset it, so every conversation that
-- is REVIEWED today was reviewed after its last message.
ALTER TABLE `conversation` ADD COLUMN `reviewed_at` DATETIME(6) NULL;
UPDATE `conversation` SET `reviewed_at` = `last_message_at` WHERE `review_status` = 'REVIEWED';
