package uk.mashline.console.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.util.Optional;

/** The console session cookie: HttpOnly, SameSite=Strict, Secure whenever the request came over HTTPS. */
public final class SessionCookies {

    public static final String NAME = "MASH_SESSION";

    private SessionCookies() {
    }

    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue);
    }

    public static Cookie create(HttpRequest<?> request, String token) {
        return Cookie.of(NAME, token).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(isHttps(request));
    }

    public static Cookie clear(HttpRequest<?> request) {
        return Cookie.of(NAME, "").path("/").httpOnly(true).sameSite(SameSite.Strict).secure(isHttps(request)).maxAge(0);
    }

    /** The request was secure, or a TLS-terminating proxy says so in X-Forwarded-Proto. */
    public static boolean isHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        return proto != null && proto.split(",")[0].trim().equalsIgnoreCase("https");
    }
}
