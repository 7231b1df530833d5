-- People in the loop (issue 17) and web chat bound to its browser (issue 20 item 3).

-- Texts the line sends on its own initiative (duty alerts, staff replies), kept until Twilio has taken
-- them: any instance sends what is due, a failed send stays here to be tried again, nothing is lost.
CREATE TABLE `outbound_message` (
  `id`              BIGINT       NOT NULL AUTO_INCREMENT,
  -- DUTY_ALERT or STAFF_REPLY
  `purpose`         VARCHAR(20)  NOT NULL,
  `conversation_id` VARCHAR(36)  NULL,
  `partnership_id`  VARCHAR(64)  NOT NULL,
  `to_number`       VARCHAR(64)  NOT NULL,
  `from_number`     VARCHAR(64)  NOT NULL,
  `body`            TEXT         NOT NULL,
  -- PENDING (to send, or to try again at next_attempt_at), SENDING (claimed until claimed_until), SENT, FAILED
  `status`          VARCHAR(10)  NOT NULL,
  `attempts`        INT          NOT NULL DEFAULT 0,
  `next_attempt_at` DATETIME(6)  NOT NULL,
  `claimed_until`   DATETIME(6)  NULL,
  -- Twilio's MessageSid once accepted
  `provider_id`     VARCHAR(64)  NULL,
  `created_at`      DATETIME(6)  NOT NULL,
  `sent_at`         DATETIME(6)  NULL,
  PRIMARY KEY (`id`),
  KEY `ix_outbound_due` (`status`, `next_attempt_at`),
  KEY `ix_outbound_conversation` (`conversation_id`, `id`),
  CONSTRAINT `fk_outbound_conversation` FOREIGN KEY (`conversation_id`) REFERENCES `conversation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Every attempt to hand a text to Twilio: its outcome and Twilio's status and error code, never the
-- text or the number.
CREATE TABLE `outbound_attempt` (
  `id`          BIGINT       NOT NULL AUTO_INCREMENT,
  `outbound_id` BIGINT       NOT NULL,
  `attempt`     INT          NOT NULL,
  `at`          DATETIME(6)  NOT NULL,
  -- SENT, RETRY (tried again later) or FAILED (Twilio refused it for good)
  `outcome`     VARCHAR(10)  NOT NULL,
  `http_status` INT          NULL,
  `error`       VARCHAR(200) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_attempt_outbound` (`outbound_id`, `id`),
  CONSTRAINT `fk_attempt_outbound` FOREIGN KEY (`outbound_id`) REFERENCES `outbound_message` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Since when the person has been waiting for a member of staff (they asked for a person); null when not waiting.
ALTER TABLE `conversation` ADD COLUMN `waiting_since` DATETIME(6) NULL;
-- Web chat: SHA-256 of the secret in the browser's cookie; a request without the secret is not this conversation's.
ALTER TABLE `conversation` ADD COLUMN `client_secret_hash` VARCHAR(64) NULL;
CREATE INDEX `ix_conversation_waiting` ON `conversation` (`waiting_since`);

-- A message written by a member of staff names them; the line's own replies and inbound messages have none.
ALTER TABLE `message` ADD COLUMN `author` VARCHAR(100) NULL;

-- Staff who mark themselves available to answer people who ask for a person.
ALTER TABLE `staff_user` ADD COLUMN `available` BOOLEAN NOT NULL DEFAULT FALSE;
