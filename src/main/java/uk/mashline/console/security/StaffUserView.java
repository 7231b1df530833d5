package uk.mashline.console.security;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A staff account as shown to administrators (never the password hash). */
@Serdeable
public record StaffUserView(long id, String username, StaffRole role, boolean enabled, Instant createdAt) {

    static StaffUserView of(StaffAccount account) {
        return new StaffUserView(account.id(), account.username(), account.role(), account.enabled(), account.createdAt());
    }
}
