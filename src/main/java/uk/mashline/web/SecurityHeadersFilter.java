package uk.mashline.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every response, refusals included (it runs first): a Content-Security-Policy
 * that allows no inline script (user text can never run), no MIME sniffing, no referrer, no
 * framing; nothing cached from the staff console or its API; and HSTS on every response to a request
 * that came over HTTPS ({@link TrustedProxies#isHttps}, {@link HstsSettings}).
 *
 * <p>A {@code @ServerFilter} rather than a legacy {@code HttpServerFilter}: the legacy adapter
 * failed ("newFilterContext is null") on a kept-alive connection after an error response.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final TrustedProxies proxies;
    private final String hsts;

    SecurityHeadersFilter(TrustedProxies proxies, HstsSettings settings) {
        this.proxies = proxies;
        this.hsts = settings.maxAge().isZero() ? null : "max-age=" + settings.maxAge().getSeconds();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
        if (hsts != null && proxies.isHttps(request)) {
            response.header("Strict-Transport-Security", hsts);
        }
        if (path.startsWith("/console") || path.startsWith("/api/staff")) {
            response.header("Cache-Control", "no-store");
            response.header("Pragma", "no-cache");
        }
    }
}
