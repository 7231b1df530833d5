package uk.mashline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * The public base URL of the service ({@code mash.public-url}, {@code MASH_PUBLIC_URL}), as Twilio's
 * webhooks are configured with it: Twilio's signatures are checked against it, and links in the texts
 * the line sends (duty alerts) point into it.
 *
 * @param publicUrl {@code https://advice.example.org}; unset when the service is not behind a public address
 */
@ConfigurationProperties("mash")
public record PublicUrlSettings(@Nullable String publicUrl) {

    /** The URL without surrounding blanks or trailing slashes; empty when unset. */
    public Optional<String> base() {
        if (publicUrl == null || publicUrl.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(publicUrl.strip().replaceAll("/+$", ""));
    }
}
