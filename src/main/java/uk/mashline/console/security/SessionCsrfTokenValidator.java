package uk.mashline.console.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * micronaut-security's CSRF filter asks this whether a state-changing request's token (the
 * X-CSRF-Token header, or the {@code _csrf} field of a form) is good: synchroniser tokens, one per
 * console session, stored with the session. A request made with a console session (signed in, or
 * awaiting its second factor) needs its own session's token; HTTP Basic, API-token and anonymous
 * requests carry no ambient credentials and need none.
 * A refusal is marked on the request, so the 403 can say what was wrong.
 */
@Singleton
@Replaces(CsrfTokenValidator.class)
class SessionCsrfTokenValidator implements CsrfTokenValidator<HttpRequest<?>> {

    /** Request attribute set when a session request's token was missing or wrong. */
    static final String REJECTED = "mash.csrf.rejected";

    @Override
    public boolean validateCsrfToken(HttpRequest<?> request, String token) {
        Authentication authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
        if (!StaffAuthentication.isSession(authentication) && !StaffAuthentication.isPending(authentication)) {
            return true;
        }
        String expected = StaffAuthentication.csrfToken(authentication);
        boolean valid = expected != null && !expected.isEmpty() && token != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        if (!valid) {
            request.setAttribute(REJECTED, Boolean.TRUE);
        }
        return valid;
    }
}
