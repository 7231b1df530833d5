package uk.mashline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The secret behind every pseudonym the service stores instead of a real value ({@code mash.pseudonyms}):
 * web chat senders (from their address) and the names typed at a failed sign-in of an unknown user.
 *
 * @param secret  from {@code MASH_PSEUDONYM_SECRET}, at least 32 characters; the same on every instance,
 *                so one client has one pseudonym whichever instance it reaches
 * @param keyFile when no secret is set: a random secret is generated on first start and kept in this file,
 *                readable by the service's user only, so pseudonyms stay the same across restarts
 */
@ConfigurationProperties("mash.pseudonyms")
public record PseudonymSettings(@Nullable String secret,
                                @Bindable(defaultValue = "data/pseudonym.key") String keyFile) {
}
