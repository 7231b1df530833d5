package uk.mashline.console.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.resolver.FutureCsrfTokenResolver;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;

/**
 * The CSRF token from a form's {@code _csrf} field, read from the body only when it can matter: a form
 * posted with a console session and without the X-CSRF-Token header (the console's own scripts always
 * send the header; a sign-in has no session, so needs no token). It replaces micronaut-security's field
 * resolver (turned off in application.yml), which parsed every body, JSON and sign-in forms included, on a
 * later thread: on a kept-alive connection that had just had an error response, such a request then
 * failed inside the legacy SecurityFilter's chain with "newFilterContext is null" (500) - a staff reply
 * after a refused one, a sign-in after a wrong password (ConsoleSessionTest's failures).
 */
@Singleton
class FormCsrfTokenResolver implements FutureCsrfTokenResolver<HttpRequest<?>> {

    private static final CompletableFuture<String> NONE = CompletableFuture.completedFuture(null);

    private final CsrfConfiguration configuration;
    private final FilterBodyParser bodies;

    FormCsrfTokenResolver(CsrfConfiguration configuration, FilterBodyParser bodies) {
        this.configuration = configuration;
        this.bodies = bodies;
    }

    @Override
    public CompletableFuture<String> resolveToken(HttpRequest<?> request) {
        boolean form = request.getContentType()
                .map(t -> t.getName().equals(MediaType.APPLICATION_FORM_URLENCODED)
                        || t.getName().equals(MediaType.MULTIPART_FORM_DATA))
                .orElse(false);
        boolean header = request.getHeaders().contains(configuration.getHeaderName());
        if (!form || header || SessionCookies.token(request).isEmpty()) {
            return NONE;
        }
        return bodies.parseBody(request).thenApply(body -> {
            Object value = body.get(configuration.getFieldName());
            return value == null || value.toString().isEmpty() ? null : value.toString();
        });
    }
}
