package uk.mashline.console.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import io.micronaut.context.MessageSource;
import uk.mashline.console.ConsoleWording;

/**
 * Answers rejected requests with a JSON reason: 403 for a missing or wrong CSRF token (micronaut-security's
 * CSRF filter, see SessionCsrfTokenValidator), 401 (sign-in required or wrong credentials),
 * 429 with Retry-After while sign-in is locked, 403 for a role that may not do this. The Basic
 * challenge goes only with the staff API ({@code /api/staff}) and only to clients that are not the
 * console's own scripts: a browser must never pop up a password dialog over the console, the web
 * chat or any other page a child may open.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class StaffAuthorizationExceptionHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private static final String STAFF_API = "/api/staff/";

    private final MessageSource messages;

    StaffAuthorizationExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (request.getAttribute(SessionCsrfTokenValidator.REJECTED).isPresent()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(403, ConsoleWording.text(messages, "csrf.rejected")));
        }
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(403, ConsoleWording.text(messages, "auth.forbidden")));
        }
        Object failure = request.getAttribute(StaffAuthenticationProvider.FAILURE_ATTRIBUTE).orElse(null);
        if (failure instanceof LoginResult.Locked locked) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfterSeconds()))
                    .body(new ApiError(429, locked.message()));
        }
        String message = failure instanceof LoginResult.Failed failed ? failed.message() : ConsoleWording.text(messages, "auth.required");
        MutableHttpResponse<ApiError> response = HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ApiError(401, message));
        if (request.getPath().startsWith(STAFF_API) && request.getHeaders().get("X-Requested-With") == null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MASH staff API\", charset=\"UTF-8\"");
        }
        return response;
    }
}
