package uk.mashline.console.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first ADMIN, created on a first start with no staff accounts ({@code mash.console.bootstrap},
 * {@code STAFF_BOOTSTRAP_USER} and {@code STAFF_BOOTSTRAP_PASSWORD}); nothing when either is unset.
 */
@ConfigurationProperties("mash.console.bootstrap")
public record BootstrapSettings(@Nullable String username, @Nullable String password) {

    public boolean complete() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    // the password is a secret: never in a log line or an error message
    @Override
    public String toString() {
        return "BootstrapSettings[username=" + username + ", password=" + (password == null || password.isEmpty() ? "unset" : "set") + "]";
    }
}
