package uk.mashline.console.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Locale;

/**
 * The console's second factor ({@code mash.staff}).
 *
 * @param mfa           who must give a TOTP code at sign-in: {@code admin} (ADMIN accounts, and anyone who
 *                      has set one up), {@code all}, or {@code off} (local development and automated checks
 *                      only: no second factor, no re-authentication)
 * @param reauthWindow  how recent the password and code must be for an admin change (accounts, roles,
 *                      partnerships, retention)
 * @param secondFactorWait how long a sign-in waits, after the right password, for the code or the set-up
 */
@ConfigurationProperties("mash.staff")
public record SecondFactorSettings(
        @Bindable(defaultValue = "admin") String mfa,
        @Bindable(defaultValue = "5m") Duration reauthWindow,
        @Bindable(defaultValue = "10m") Duration secondFactorWait) {

    /** Who needs a second factor. */
    public enum Mode { ADMIN, ALL, OFF }

    public SecondFactorSettings {
        mode(mfa); // an unknown value stops start-up with a message that names the setting
    }

    public Mode mode() {
        return mode(mfa);
    }

    private static Mode mode(String value) {
        try {
            return Mode.valueOf((value == null ? "" : value.trim()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MASH_STAFF_MFA (mash.staff.mfa) must be admin, all or off, not '" + value + "'");
        }
    }
}
