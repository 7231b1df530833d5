-- Staff accounts, second round (issue 20): usernames unique whatever their case, a TOTP second factor
-- with recovery codes, sessions that wait for the second factor and remember the last re-authentication,
-- personal API tokens, and reviewers scoped to partnerships.

-- `ADMIN` and `admin` are one name: the key is the lower-cased username, unique. A database that already
-- holds two names differing only in case (possible only where the column compared case-sensitively, as
-- H2 does) keeps both rows; the later one's key gets '#<id>', so it can no longer sign in by name and an
-- administrator can see and disable it.
ALTER TABLE `staff_user` ADD COLUMN `username_key` VARCHAR(120) NOT NULL DEFAULT '';
UPDATE `staff_user` SET `username_key` = LOWER(`username`);
UPDATE `staff_user` SET `username_key` = CONCAT(`username_key`, '#', `id`)
 WHERE `id` IN (SELECT `id` FROM (SELECT u.`id` FROM `staff_user` u JOIN `staff_user` v
                                   ON u.`username_key` = v.`username_key` AND u.`id` > v.`id`) AS later);
CREATE UNIQUE INDEX `ux_staff_user_username_key` ON `staff_user` (`username_key`);

-- An account's TOTP (RFC 6238) secret: `pending_secret` while the QR code is shown and not yet confirmed
-- with a code, `secret` once confirmed. `last_step` is the time step of the last code accepted, so a code
-- seen over a shoulder or in a log cannot be used a second time.
CREATE TABLE `staff_totp` (
  `user_id`        BIGINT       NOT NULL,
  `secret`         VARCHAR(64)  NULL,
  `pending_secret` VARCHAR(64)  NULL,
  `enabled_at`     DATETIME(6)  NULL,
  `last_step`      BIGINT       NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_staff_totp_user` FOREIGN KEY (`user_id`) REFERENCES `staff_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

-- One-time recovery codes for a lost authenticator: only their SHA-256 is stored; a used code is marked.
CREATE TABLE `staff_recovery_code` (
  `id`         BIGINT       NOT NULL AUTO_INCREMENT,
  `user_id`    BIGINT       NOT NULL,
  `code_hash`  CHAR(64)     NOT NULL,
  `created_at` DATETIME(6)  NOT NULL,
  `used_at`    DATETIME(6)  NULL,
  PRIMARY KEY (`id`),
  KEY `ix_staff_recovery_code_user` (`user_id`),
  CONSTRAINT `fk_staff_recovery_code_user` FOREIGN KEY (`user_id`) REFERENCES `staff_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A session is PASSWORD (password right, second factor awaited), ENROL (password right, the account must
-- set up its second factor first) or FULL. `reauth_at`: when the password (and code) were last given in
-- this session, for the admin actions that need a recent one.
ALTER TABLE `staff_session` ADD COLUMN `stage` VARCHAR(20) NOT NULL DEFAULT 'FULL';
ALTER TABLE `staff_session` ADD COLUMN `reauth_at` DATETIME(6) NULL;

-- Personal API tokens for scripts calling /api/staff (Authorization: Bearer): only the SHA-256 of the
-- token is stored; the token itself is shown once, when it is made.
CREATE TABLE `staff_api_token` (
  `id`           BIGINT       NOT NULL AUTO_INCREMENT,
  `user_id`      BIGINT       NOT NULL,
  `name`         VARCHAR(100) NOT NULL,
  `token_hash`   CHAR(64)     NOT NULL,
  `created_at`   DATETIME(6)  NOT NULL,
  `last_used_at` DATETIME(6)  NULL,
  `revoked_at`   DATETIME(6)  NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ux_staff_api_token_hash` (`token_hash`),
  KEY `ix_staff_api_token_user` (`user_id`),
  CONSTRAINT `fk_staff_api_token_user` FOREIGN KEY (`user_id`) REFERENCES `staff_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The partnerships a reviewer may see; none = all of them, as before.
CREATE TABLE `staff_user_partnership` (
  `user_id`        BIGINT       NOT NULL,
  `partnership_id` VARCHAR(64)  NOT NULL,
  PRIMARY KEY (`user_id`, `partnership_id`),
  CONSTRAINT `fk_staff_user_partnership_user` FOREIGN KEY (`user_id`) REFERENCES `staff_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
