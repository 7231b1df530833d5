-- Failed sign-in counters, per username ('user:<name>') and per client address ('ip:<addr>'),
-- kept in the database so every instance sees the same count.
CREATE TABLE `login_throttle` (
  `throttle_key`     VARCHAR(160) NOT NULL,
  `failures`         INT          NOT NULL DEFAULT 0,
  `window_started_at` DATETIME(6) NOT NULL,
  `locked_until`     DATETIME(6)  NULL,
  PRIMARY KEY (`throttle_key`)
) ENGINE=InnoDB;
