package uk.mashline.console.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.mashline.web.TrustedProxies;

import java.util.Optional;

/**
 * The console session cookie: HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS
 * by the service's one rule ({@link TrustedProxies#isHttps}: a TLS connection, or a trusted proxy's
 * {@code X-Forwarded-Proto}; a client's own header is not believed).
 */
@Singleton
public class SessionCookies {

    public static final String NAME = "MASH_SESSION";

    private final TrustedProxies proxies;

    SessionCookies(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue);
    }

    public Cookie create(HttpRequest<?> request, String token) {
        return Cookie.of(NAME, token).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(proxies.isHttps(request));
    }

    public Cookie clear(HttpRequest<?> request) {
        return Cookie.of(NAME, "").path("/").httpOnly(true).sameSite(SameSite.Strict).secure(proxies.isHttps(request)).maxAge(0);
    }
}
