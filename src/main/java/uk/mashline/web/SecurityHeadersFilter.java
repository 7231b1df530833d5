package uk.mashline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Security headers on every response, refusals included (it runs first): a Content-Security-Policy
 * that allows no inline script (user text can never run), no MIME sniffing, no referrer, no
 * framing; and nothing cached from the staff console or its API.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements HttpServerFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        boolean noStore = path.startsWith("/console") || path.startsWith("/api/staff");
        return Flux.from(chain.proceed(request)).map(response -> {
            response.header("Content-Security-Policy", CSP);
            response.header("X-Content-Type-Options", "nosniff");
            response.header("Referrer-Policy", "no-referrer");
            response.header("X-Frame-Options", "DENY");
            if (noStore) {
                response.header("Cache-Control", "no-store");
                response.header("Pragma", "no-cache");
            }
            return response;
        });
    }
}
