package uk.mashline.channels;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.UnknownConversationException;
import uk.mashline.dialogue.UnknownPartnershipException;

/** Maps the use case's "not found" and bad-input failures to clear JSON errors. */
final class ApiErrorHandlers {

    private ApiErrorHandlers() {
    }

    static HttpResponse<ErrorBody> respond(int status, String message) {
        return HttpResponse.<ErrorBody>status(HttpStatus.valueOf(status)).body(new ErrorBody(status, message));
    }

    @Singleton
    @Produces
    @Requires(classes = {ClientError.class, ExceptionHandler.class})
    static class ClientErrorHandler implements ExceptionHandler<ClientError, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ClientError e) {
            return respond(e.status(), e.getMessage());
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {UnknownPartnershipException.class, ExceptionHandler.class})
    static class UnknownPartnershipHandler implements ExceptionHandler<UnknownPartnershipException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnknownPartnershipException e) {
            return respond(404, "unknown partnership");
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {UnknownConversationException.class, ExceptionHandler.class})
    static class UnknownConversationHandler implements ExceptionHandler<UnknownConversationException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnknownConversationException e) {
            return respond(404, "no such conversation");
        }
    }
}
