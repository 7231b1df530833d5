-- Settings an ADMIN may change in the console (e.g. retention_days); absent = environment default.
CREATE TABLE `console_setting` (
  `name`       VARCHAR(64)  NOT NULL,
  `value`      VARCHAR(255) NOT NULL,
  `updated_by` VARCHAR(100) NULL,
  `updated_at` DATETIME(6)  NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB;

-- The dashboard counts contacts by start day; the audit log is filtered by action.
CREATE INDEX `ix_console_conversation_started` ON `conversation` (`started_at`);
CREATE INDEX `ix_console_audit_action` ON `audit_event` (`action`);
