package uk.mashline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * HTTP Strict Transport Security ({@code mash.hsts}): sent on responses to requests that came over
 * HTTPS (directly, or as a trusted proxy says in X-Forwarded-Proto), never over plain HTTP, where a
 * browser ignores it.
 *
 * @param maxAge how long a browser that saw it goes only to HTTPS; zero sends none
 */
@ConfigurationProperties("mash.hsts")
public record HstsSettings(@Bindable(defaultValue = "365d") Duration maxAge) {
}
