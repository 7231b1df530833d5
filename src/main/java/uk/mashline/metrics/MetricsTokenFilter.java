package uk.mashline.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * With {@code MASH_METRICS_TOKEN} set, {@code /prometheus} answers only a scrape that sends the token as a
 * bearer credential (Prometheus: {@code authorization: {credentials: ...}}); a staff password is not used,
 * so a scrape every 15 s costs no bcrypt.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
class MetricsTokenFilter {

    private static final String BEARER = "Bearer ";

    private final MetricsSettings settings;

    MetricsTokenFilter(MetricsSettings settings) {
        this.settings = settings;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireToken(HttpRequest<?> request) {
        if (!settings.protectedByToken()) {
            return null;
        }
        String given = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (given != null && given.startsWith(BEARER) && sameToken(given.substring(BEARER.length()).trim())) {
            return null;
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
    }

    // constant time, so the token cannot be guessed a character at a time
    private boolean sameToken(String given) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8));
    }
}
