package uk.mashline.console.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How staff passwords are hashed ({@code mash.console.password}).
 *
 * @param bcryptCost {@code MASH_BCRYPT_COST}: bcrypt's work factor (each step doubles the time of a hash
 *                   and of every sign-in's check)
 */
@ConfigurationProperties("mash.console.password")
public record PasswordHashSettings(@Bindable(defaultValue = "12") int bcryptCost) {
}
