package uk.mashline.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import uk.mashline.channels.ErrorBody;
import uk.mashline.dialogue.Wording;

/**
 * The bodies of the errors Micronaut answers itself (unreadable JSON, a missing argument, an unknown
 * address, an exception nobody handled): a fixed sentence per status from the wording file, never the
 * exception's text, which can name classes, columns, SQL or the input itself. JSON
 * ({@code {"status", "message"}}, as the service's own errors) unless a browser asks for HTML, which gets
 * Micronaut's error page with the same sentence. The service's own handlers keep their own clear messages.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class PlainErrorResponses implements ErrorResponseProcessor<Object> {

    private final Wording wording;
    private final HtmlErrorResponseBodyProvider html;

    PlainErrorResponses(Wording wording, HtmlErrorResponseBodyProvider html) {
        this.wording = wording;
        this.html = html;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> out = (MutableHttpResponse<Object>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return out;
        }
        int status = response.status().getCode();
        String message = wording.text(key(status));
        boolean browser = context.getRequest().accept().stream().anyMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE))
                && context.getRequest().accept().stream().noneMatch(t -> t.equals(MediaType.APPLICATION_JSON_TYPE));
        if (browser) {
            ErrorContext plain = ErrorContext.builder(context.getRequest()).errorMessage(message).build();
            out.body(html.body(plain, response));
            return out.contentType(html.contentType());
        }
        out.body(new ErrorBody(status, message));
        return out.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String key(int status) {
        return switch (status) {
            case 400, 404, 405, 413, 415 -> "error." + status;
            default -> status >= 500 ? "error.500" : "error.other";
        };
    }
}
