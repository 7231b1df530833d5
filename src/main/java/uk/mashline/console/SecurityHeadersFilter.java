package uk.mashline.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Security headers on the staff console, its API and the scripts it loads (only those paths:
 * other parts of the service set their own). Runs first, so rejected requests get them too.
 */
@Filter({"/console", "/console/**", "/api/staff/**", "/webjars/**"})
class SecurityHeadersFilter implements HttpServerFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean noStore = !request.getPath().startsWith("/webjars/");
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
