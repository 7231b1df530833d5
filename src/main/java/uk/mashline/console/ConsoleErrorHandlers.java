package uk.mashline.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import uk.mashline.console.security.ApiError;
import uk.mashline.console.security.ReauthRequired;

/** 400, 403 (re-authentication needed) and 404 answers of the staff API as {"status", "message"}. */
final class ConsoleErrorHandlers {

    private ConsoleErrorHandlers() {
    }

    @Singleton
    static class BadRequestHandler implements ExceptionHandler<BadRequest, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, BadRequest exception) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ApiError(400, exception.getMessage()));
        }
    }

    /** {@code reauth}: the pages' scripts then ask for the password and code, and try the change again. */
    @io.micronaut.serde.annotation.Serdeable
    record ReauthError(int status, String message, boolean reauth) {
    }

    @Singleton
    static class ReauthRequiredHandler implements ExceptionHandler<ReauthRequired, HttpResponse<ReauthError>> {
        @Override
        public HttpResponse<ReauthError> handle(HttpRequest request, ReauthRequired exception) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ReauthError(403, exception.getMessage(), true));
        }
    }

    @Singleton
    static class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotFound exception) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ApiError(404, exception.getMessage()));
        }
    }
}
