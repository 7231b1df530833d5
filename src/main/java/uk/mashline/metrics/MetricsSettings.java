package uk.mashline.metrics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Who may read {@code /prometheus} ({@code mash.metrics}).
 *
 * @param token when set, a scrape must send {@code Authorization: Bearer <token>}; when unset the
 *              endpoint is open, which suits a port only the monitoring network reaches. The metrics
 *              hold no personal data either way, but they do tell how many people reached the line
 *              about a child in danger, which is not for the public internet.
 */
@ConfigurationProperties("mash.metrics")
public record MetricsSettings(@Nullable String token) {

    public boolean protectedByToken() {
        return token != null && !token.isBlank();
    }
}
