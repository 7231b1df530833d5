package uk.mashline.console.security;

import java.time.Instant;

/**
 * A live console session, joined with its account's current name, role and state; {@code reauthAt}: when
 * the password (and code) were last given in it, null if never.
 */
public record StaffSession(String tokenHash, long userId, String username, StaffRole role, boolean enabled,
                           String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                           SessionStage stage, Instant reauthAt) {
}
