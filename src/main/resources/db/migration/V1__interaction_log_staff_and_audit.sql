-- One schema for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11+.
-- Times are UTC, stored as DATETIME(6).

CREATE TABLE `conversation` (
  `id`               VARCHAR(36)  NOT NULL,
  `partnership_id`   VARCHAR(64)  NOT NULL,
  `channel`          VARCHAR(16)  NOT NULL,
  `sender`           VARCHAR(64)  NULL,
  -- how a channel finds the conversation a new message belongs to: the SMS sender and
  -- the number they texted, the voice CallSid; null for web chat, which sends the id
  `channel_key`      VARCHAR(160) NULL,
  `caller_role`      VARCHAR(32)  NULL,
  `flow_state`       VARCHAR(4000) NULL,
  `highest_route`    VARCHAR(32)  NULL,
  `review_status`    VARCHAR(20)  NOT NULL DEFAULT 'NEW',
  `review_note`      VARCHAR(2000) NULL,
  `reviewed_by`      VARCHAR(100) NULL,
  `first_reviewed_at` DATETIME(6) NULL,
  `started_at`       DATETIME(6)  NOT NULL,
  `last_message_at`  DATETIME(6)  NOT NULL,
  `message_count`    INT          NOT NULL DEFAULT 0,
  `version`          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_conversation_sender` (`sender`),
  KEY `ix_conversation_channel_key` (`channel_key`, `last_message_at`),
  KEY `ix_conversation_last` (`last_message_at`),
  KEY `ix_conversation_review` (`review_status`, `highest_route`)
) ENGINE=InnoDB;

-- The interaction log: every inbound and outbound message.
CREATE TABLE `message` (
  `id`              BIGINT       NOT NULL AUTO_INCREMENT,
  `conversation_id` VARCHAR(36)  NOT NULL,
  `direction`       VARCHAR(3)   NOT NULL,
  `channel`         VARCHAR(16)  NOT NULL,
  `partnership_id`  VARCHAR(64)  NOT NULL,
  `text`            TEXT         NOT NULL,
  `route`           VARCHAR(32)  NULL,
  `intent`          VARCHAR(64)  NULL,
  `confidence`      DOUBLE       NULL,
  `rule`            VARCHAR(128) NULL,
  `model_version`   VARCHAR(64)  NULL,
  `sources`         VARCHAR(2000) NULL,
  `external_id`     VARCHAR(64)  NULL,
  `created_at`      DATETIME(6)  NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ux_message_external` (`channel`, `external_id`, `direction`),
  KEY `ix_message_conversation` (`conversation_id`, `id`),
  CONSTRAINT `fk_message_conversation` FOREIGN KEY (`conversation_id`) REFERENCES `conversation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `staff_user` (
  `id`            BIGINT       NOT NULL AUTO_INCREMENT,
  `username`      VARCHAR(100) NOT NULL,
  `password_hash` VARCHAR(100) NOT NULL,
  `role`          VARCHAR(20)  NOT NULL,
  `enabled`       BOOLEAN      NOT NULL DEFAULT TRUE,
  `failed_logins` INT          NOT NULL DEFAULT 0,
  `locked_until`  DATETIME(6)  NULL,
  `created_at`    DATETIME(6)  NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ux_staff_user_username` (`username`)
) ENGINE=InnoDB;

-- Who did what, when: never the content of a message.
CREATE TABLE `audit_event` (
  `id`          BIGINT       NOT NULL AUTO_INCREMENT,
  `at`          DATETIME(6)  NOT NULL,
  `actor`       VARCHAR(100) NOT NULL,
  `action`      VARCHAR(40)  NOT NULL,
  `target_type` VARCHAR(40)  NULL,
  `target_id`   VARCHAR(64)  NULL,
  `detail`      VARCHAR(500) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_audit_at` (`at`),
  KEY `ix_audit_actor` (`actor`)
) ENGINE=InnoDB;
