-- Staff console sessions, shared by every instance behind the load balancer.
-- Only the SHA-256 of the random cookie token is stored: a leaked table cannot be replayed.
CREATE TABLE `staff_session` (
  `token_hash`   CHAR(64)     NOT NULL,
  `user_id`      BIGINT       NOT NULL,
  `csrf_token`   CHAR(64)     NOT NULL,
  `created_at`   DATETIME(6)  NOT NULL,
  `last_seen_at` DATETIME(6)  NOT NULL,
  `expires_at`   DATETIME(6)  NOT NULL,
  PRIMARY KEY (`token_hash`),
  KEY `ix_staff_session_user` (`user_id`),
  KEY `ix_staff_session_expires` (`expires_at`),
  CONSTRAINT `fk_staff_session_user` FOREIGN KEY (`user_id`) REFERENCES `staff_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
