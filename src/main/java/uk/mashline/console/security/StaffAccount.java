package uk.mashline.console.security;

import java.time.Instant;

/** A staff account as stored in staff_user (the hash never leaves the security package). */
public record StaffAccount(long id, String username, String passwordHash, StaffRole role, boolean enabled, Instant createdAt) {
}
