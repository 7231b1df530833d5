package uk.mashline.persistence;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How turns reach the database ({@code mash.store}): in group commits, the turns that arrive while one
 * is under way going together in the next.
 *
 * @param writers        how many group commits may be under way at once
 * @param maxGroup       the most turns one commit takes, and the most senders one look-up asks for
 * @param networkTimeout how long a grouped read or write waits for the database before it gives up,
 *                       so a hanging server cannot hold the store's threads for ever
 */
@ConfigurationProperties("mash.store")
public record StoreSettings(
        @Bindable(defaultValue = "1") int writers,
        @Bindable(defaultValue = "64") int maxGroup,
        @Bindable(defaultValue = "5s") Duration networkTimeout) {
}
